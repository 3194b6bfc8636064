import Link from "next/link";
import { queueHref } from "@/lib/comments/queue-params";
import type { CommentStatus, QueueParams } from "@/lib/comments/dto";

const TABS = [
  { status: "PENDING", label: "Waiting" },
  { status: "APPROVED", label: "Published" },
  { status: "REJECTED", label: "Rejected" },
  { status: "SPAM", label: "Spam" },
  { status: "ALL", label: "All" },
] as const;

/**
 * Status tabs with counts, and a text filter: plain links and a GET form,
 * so every view of the queue has an address and works without JavaScript.
 */
export function QueueFilters({
  params,
  counts,
}: {
  params: QueueParams;
  counts: Record<CommentStatus, number>;
}) {
  const total = counts.PENDING + counts.APPROVED + counts.REJECTED + counts.SPAM;
  return (
    <div className="edc-filters">
      <nav aria-label="Comment status">
        <ul className="edc-tabs">
          {TABS.map((tab) => {
            const count = tab.status === "ALL" ? total : counts[tab.status];
            const current = params.status === tab.status;
            return (
              <li key={tab.status}>
                <Link
                  href={queueHref({ ...params, status: tab.status, page: 1 })}
                  aria-current={current ? "page" : undefined}
                >
                  {tab.label} <span className="edc-count">{count.toLocaleString("en")}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form className="em-search" action="/editor/comments" method="get" role="search">
        {params.status !== "PENDING" ? (
          <input type="hidden" name="status" value={params.status} />
        ) : null}
        {params.article ? <input type="hidden" name="article" value={params.article} /> : null}
        {params.reader ? <input type="hidden" name="reader" value={params.reader} /> : null}
        <label htmlFor="comment-search" className="visually-hidden">
          Filter comments
        </label>
        <input
          id="comment-search"
          className="ed-input"
          type="search"
          name="q"
          defaultValue={params.q}
          placeholder="Words in the comment, a reader's name or email"
        />
        <button type="submit" className="ed-button">
          Filter
        </button>
        {params.q ? (
          <Link
            className="ed-button ed-button-quiet"
            href={queueHref({ ...params, q: "", page: 1 })}
          >
            Clear
          </Link>
        ) : null}
      </form>
    </div>
  );
}
