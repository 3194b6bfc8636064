import Link from "next/link";
import { mediaListHref } from "@/lib/media/library-params";
import type { MediaListFilters } from "@/lib/media/dto";

/** Previous and next as plain links that keep every filter. */
export function MediaPagination({
  filters,
  pageCount,
}: {
  filters: MediaListFilters;
  pageCount: number;
}) {
  if (pageCount <= 1 && filters.page === 1) return null;
  const { page } = filters;
  const last = Math.max(pageCount, 1);
  return (
    <nav className="em-pages" aria-label="Library pages">
      {page > 1 ? (
        <Link
          className="ed-button"
          href={mediaListHref(filters, { page: Math.min(page - 1, last) })}
          rel="prev"
        >
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="ed-muted">
        Page {page.toLocaleString("en")} of {last.toLocaleString("en")}
      </span>
      {page < pageCount ? (
        <Link className="ed-button" href={mediaListHref(filters, { page: page + 1 })} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
