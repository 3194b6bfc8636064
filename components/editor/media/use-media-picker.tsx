"use client";

import { useCallback, useState } from "react";
import { MediaPickerDialog } from "./media-picker-dialog";
import type { MediaItem } from "./media-requests";

interface PickRequest {
  title: string;
  resolve: (item: MediaItem | null) => void;
}

/**
 * One media picker for the page: `pick()` opens it and resolves with the
 * chosen image, or null when it is closed without one.
 */
export function useMediaPicker({ canUpload }: { canUpload: boolean }) {
  const [request, setRequest] = useState<PickRequest | null>(null);

  const pick = useCallback(
    (title = "Choose an image") =>
      new Promise<MediaItem | null>((resolve) => {
        setRequest((previous) => {
          previous?.resolve(null);
          return { title, resolve };
        });
      }),
    [],
  );

  const finish = (item: MediaItem | null) => {
    request?.resolve(item);
    setRequest(null);
  };

  const dialog = (
    <MediaPickerDialog
      open={request !== null}
      title={request?.title ?? "Choose an image"}
      canUpload={canUpload}
      onPick={(item) => finish(item)}
      onClose={() => finish(null)}
    />
  );

  return { pick, dialog };
}
