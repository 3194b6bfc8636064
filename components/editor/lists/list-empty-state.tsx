import Link from "next/link";
import { EMPTY_FILTERS, editorListHref, hasListFilters } from "@/lib/articles/editor-list-params";
import type { EditorListFilters } from "@/lib/articles/dto";

/** Why the list is empty, and the way out that fits: another page, fewer filters, other words. */
export function ListEmptyState({
  filters,
  total,
  seesAll,
  canCreate,
}: {
  filters: EditorListFilters;
  /** Matches on all pages; more than 0 means the page number ran past the end. */
  total: number;
  seesAll: boolean;
  canCreate: boolean;
}) {
  const { q } = filters;
  const otherFilters = hasListFilters({ ...filters, q: "" });

  if (total > 0) {
    return (
      <div className="ed-panel edl-empty-state">
        <p>
          There is no page {filters.page} of this list.{" "}
          <Link href={editorListHref(filters, { page: 1 })}>Back to the first page</Link>
        </p>
      </div>
    );
  }

  if (q || otherFilters) {
    return (
      <div className="ed-panel edl-empty-state">
        <p>
          <strong>
            {q && otherFilters
              ? `Nothing matches “${q}” with these filters.`
              : q
                ? `Nothing matches “${q}”.`
                : "No articles match these filters."}
          </strong>
        </p>
        <ul>
          {q ? (
            <li>
              Search looks for whole words in titles, standfirsts, text, tags and bylines: “drones”
              also finds “drone”, but “dron” finds nothing. Try other or fewer words.
            </li>
          ) : null}
          {otherFilters ? (
            <li>Widen the date range, or choose “Any” for status, type, section or author.</li>
          ) : null}
          {q && otherFilters ? (
            <li>
              <Link href={editorListHref({ ...EMPTY_FILTERS, q })}>
                Search all articles for “{q}”
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/editor/articles">Show all articles</Link>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <div className="ed-panel edl-empty-state">
      <p>
        <strong>No articles yet.</strong>{" "}
        {seesAll
          ? "Everything the newsroom writes will be listed here."
          : "Articles you write, or that carry your byline, will be listed here."}
      </p>
      {canCreate ? (
        <p>
          <Link href="/editor/articles/new" className="ed-button ed-button-primary">
            Write the first one
          </Link>
        </p>
      ) : null}
    </div>
  );
}
