import Link from "next/link";
import type { RevisionPage } from "@/lib/articles/revisions/dto";
import { formatDateTime } from "@/lib/dates/format";
import { historyHref, KIND_LABELS } from "./revision-labels";

/**
 * The article's versions, newest first. Choosing two to compare is a plain
 * GET form (a "from" and a "to" radio per row), so it works without
 * JavaScript and every comparison has its own address.
 */
export function RevisionList({
  history,
  from,
  to,
  timeZone,
}: {
  history: RevisionPage;
  from: string | null;
  to: string | null;
  timeZone: string;
}) {
  const { article, revisions, page, pageCount } = history;
  const action = historyHref(article.id, {});
  return (
    <section className="rv-list" aria-labelledby="rv-list-title">
      <h2 id="rv-list-title">Versions</h2>
      {/* Keyed by the pair shown, so the radios follow each new comparison. */}
      <form key={`${from}:${to}`} method="get" action={action}>
        {page > 1 ? <input type="hidden" name="page" value={page} /> : null}
        <table className="ed-table rv-table">
          <caption className="visually-hidden">
            Versions of this article, newest first. Choose one in each of the From and To columns to
            compare them.
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Version</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, i) => {
              const previous = revisions[i + 1];
              const when = formatDateTime(new Date(revision.createdAt), timeZone);
              return (
                <tr key={revision.id} aria-current={revision.id === to ? "true" : undefined}>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={revision.id}
                      defaultChecked={revision.id === from}
                      aria-label={`Compare from version ${revision.version}`}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={revision.id}
                      defaultChecked={revision.id === to}
                      aria-label={`Compare to version ${revision.version}`}
                    />
                  </td>
                  <td>
                    <div className="rv-version">
                      <strong>v{revision.version}</strong>
                      <span className="ed-badge rv-kind" data-kind={revision.kind}>
                        {KIND_LABELS[revision.kind]}
                      </span>
                      {revision.newest ? <span className="rv-current">Current</span> : null}
                    </div>
                    <div className="rv-meta ed-muted">
                      {revision.by ?? "The newsroom"} ·{" "}
                      <time dateTime={revision.createdAt}>{when}</time>
                      {revision.restoredFromVersion !== null
                        ? ` · from v${revision.restoredFromVersion}`
                        : null}
                    </div>
                  </td>
                  <td className="rv-actions">
                    {previous ? (
                      <Link
                        href={historyHref(article.id, { page, from: previous.id, to: revision.id })}
                      >
                        Changes
                        <span className="visually-hidden"> in version {revision.version}</span>
                      </Link>
                    ) : null}
                    {history.canRestore && !revision.newest ? (
                      <Link href={historyHref(article.id, { page, restore: revision.id })}>
                        Restore…<span className="visually-hidden"> version {revision.version}</span>
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="rv-list-actions">
          <button type="submit" className="ed-button">
            Compare selected
          </button>
        </div>
      </form>
      {pageCount > 1 ? (
        <nav className="rv-pages" aria-label="Pages of versions">
          {page > 1 ? (
            <Link
              href={historyHref(article.id, { page: page - 1, from, to })}
              rel="prev"
              className="ed-button"
            >
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="ed-muted">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link
              href={historyHref(article.id, { page: page + 1, from, to })}
              rel="next"
              className="ed-button"
            >
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
