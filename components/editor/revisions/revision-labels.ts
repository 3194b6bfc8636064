import type { RevisionKindName } from "@/lib/articles/revisions/dto";

/** How each kind of revision is named in the history. */
export const KIND_LABELS: Record<RevisionKindName, string> = {
  AUTOSAVE: "Autosave",
  SAVE: "Saved",
  PUBLISH: "Published",
  RESTORE: "Restored",
};

/** The history page's address with these query parameters (empty ones left out). */
export function historyHref(
  articleId: string,
  params: { page?: number; from?: string | null; to?: string | null; restore?: string | null },
): string {
  const query = new URLSearchParams();
  if (params.page && params.page > 1) query.set("page", String(params.page));
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (params.restore) query.set("restore", params.restore);
  const search = query.toString();
  return `/editor/articles/${encodeURIComponent(articleId)}/revisions${search ? `?${search}` : ""}`;
}
