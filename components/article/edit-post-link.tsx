"use client";

import { useEffect, useState } from "react";
import { hasStaffHint } from "@/components/auth/staff-hint";

/**
 * "Edit post" for staff who may edit this article. The cached page is the
 * same for everyone; this island asks the server only in browsers where a
 * staff member has signed in, and readers download nothing of the editor.
 */
export function EditPostLink({ articleId }: { articleId: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (!hasStaffHint()) return;
    const controller = new AbortController();
    fetch(`/api/editor/article-access?id=${encodeURIComponent(articleId)}`, {
      signal: controller.signal,
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { editUrl?: string | null } | null) => setHref(answer?.editUrl ?? null))
      .catch(() => {});
    return () => controller.abort();
  }, [articleId]);
  if (!href) return null;
  return (
    <a className="edit-post-link" href={href}>
      Edit post
    </a>
  );
}
