/** The `q` and `page` of a management list's address, read leniently. */
export function readListParams(raw: Record<string, string | string[] | undefined>): {
  query: string;
  page: number;
} {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? "";
  // Control characters mean nothing in a filter, and PostgreSQL refuses NUL.
  const query = first(raw.q)
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 100);
  const page = Number.parseInt(first(raw.page), 10);
  return { query, page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1 };
}
