"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { MediaUpload } from "../media-upload";

/** The library's upload panel: several files at once; the grid refreshes as each one lands. */
export function LibraryUpload() {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [signedOut, setSignedOut] = useState<string | null>(null);
  return (
    <>
      {signedOut ? (
        <p className="ed-error-summary" role="alert">
          {signedOut}
        </p>
      ) : null}
      <MediaUpload
        multiple
        heading="Upload images"
        itemHref={(item) => `/editor/media/${item.id}`}
        onUploaded={() => startTransition(() => router.refresh())}
        onSignedOut={setSignedOut}
      />
    </>
  );
}
