import Link from "next/link";
import type { EditorArticleItem } from "@/lib/articles/dto";
import { formatDateTime } from "@/lib/dates/format";
import { UpdatedBy } from "./article-meta";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/field-labels";
import { joinNames } from "./labels";
import { RelativeTime } from "./relative-time";
import { StatusBadge } from "./status-badge";

/**
 * The article table: dense rows, the title first, the rest for scanning.
 * Row links are not prefetched: a page holds dozens, and each prefetch would
 * run the editor's session check for a page the reader will likely not open.
 */
export function ArticleTable({
  items,
  now,
  timeZone,
}: {
  items: EditorArticleItem[];
  now: Date;
  timeZone: string;
}) {
  return (
    <div className="edl-table-wrap">
      <table className="ed-table edl-table">
        <caption className="visually-hidden">Articles, most recently updated first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Authors</th>
            <th scope="col">Updated</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-overdue={item.overdue || undefined}>
              <td className="edl-cell-title">
                <Link href={`/editor/articles/${item.id}`} className="edl-title" prefetch={false}>
                  {item.title || "Untitled"}
                </Link>
                <div className="edl-slug">
                  /{item.slug}
                  {item.type !== "NEWS" ? (
                    <span className="edl-type"> · {ARTICLE_TYPE_LABELS[item.type]}</span>
                  ) : null}
                </div>
              </td>
              <td>
                <StatusBadge status={item.status} overdue={item.overdue} />
              </td>
              <td>{item.section?.name ?? <span className="edl-missing">—</span>}</td>
              <td>
                {item.authors.length ? (
                  joinNames(item.authors)
                ) : (
                  <span className="edl-missing">—</span>
                )}
              </td>
              <td className="edl-cell-time">
                <UpdatedBy item={item} now={now} timeZone={timeZone} />
              </td>
              <td className="edl-cell-time">
                <PublicationTime item={item} now={now} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** When it went out, or for scheduled work when it will (or should have). */
function PublicationTime({
  item,
  now,
  timeZone,
}: {
  item: EditorArticleItem;
  now: Date;
  timeZone: string;
}) {
  if (item.status === "SCHEDULED" && item.scheduledAt) {
    return (
      <span className={item.overdue ? "edl-overdue" : undefined}>
        {item.overdue ? "Was due " : "Due "}
        <time dateTime={item.scheduledAt.toISOString()}>
          {formatDateTime(item.scheduledAt, timeZone)}
        </time>
      </span>
    );
  }
  if (!item.publishedAt) return <span className="edl-missing">—</span>;
  return (
    <span className={item.status === "PUBLISHED" ? undefined : "edl-missing"}>
      <RelativeTime date={item.publishedAt} now={now} timeZone={timeZone} />
      {item.status === "UNPUBLISHED" ? " (taken down)" : null}
    </span>
  );
}
