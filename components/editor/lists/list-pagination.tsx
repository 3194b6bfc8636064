import Link from "next/link";
import { MAX_EDITOR_PAGE, editorListHref } from "@/lib/articles/editor-list-params";
import type { EditorListFilters } from "@/lib/articles/dto";

/**
 * Previous and next as plain links that keep every filter. Paging stops at
 * MAX_EDITOR_PAGE; filters reach anything older.
 */
export function ListPagination({
  filters,
  pageCount,
  hasMore,
}: {
  filters: EditorListFilters;
  pageCount: number;
  /** More matches than the pages reach. */
  hasMore: boolean;
}) {
  if (pageCount <= 1 && filters.page === 1) return null;
  const { page } = filters;
  return (
    <nav className="edl-pagination" aria-label="Article pages">
      {page > 1 ? (
        <Link
          href={editorListHref(filters, { page: Math.min(page - 1, Math.max(pageCount, 1)) })}
          rel="prev"
          className="ed-button"
        >
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="ed-muted">
        Page {page.toLocaleString("en")} of {Math.max(pageCount, 1).toLocaleString("en")}
        {hasMore ? "+" : ""}
      </span>
      {page < Math.min(pageCount, MAX_EDITOR_PAGE) ? (
        <Link href={editorListHref(filters, { page: page + 1 })} rel="next" className="ed-button">
          Next →
        </Link>
      ) : hasMore ? (
        <span className="ed-hint">Narrow the list with filters to reach older articles.</span>
      ) : (
        <span />
      )}
    </nav>
  );
}
