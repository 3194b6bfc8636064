import Link from "next/link";
import type { DashboardPanel as PanelData, EditorArticleItem } from "@/lib/articles/dto";
import { formatDateTime } from "@/lib/dates/format";
import { SectionAndBylines, UpdatedBy } from "./article-meta";
import { StatusBadge } from "./status-badge";

interface Props {
  id: string;
  title: string;
  panel: PanelData;
  /** The full list, filtered the same way. */
  viewAllHref: string;
  empty: string;
  now: Date;
  timeZone: string;
  /** Which time leads each row: the scheduled or published one, or none. */
  show?: "scheduled" | "published";
}

/**
 * One dashboard panel: a count in the heading, the latest few, a link to the
 * rest. Item links are not prefetched (forty of them would each hit the server).
 */
export function DashboardPanel({
  id,
  title,
  panel,
  viewAllHref,
  empty,
  now,
  timeZone,
  show,
}: Props) {
  const headingId = `${id}-heading`;
  return (
    <section className="ed-panel edl-panel" aria-labelledby={headingId}>
      <div className="edl-panel-head">
        <h2 id={headingId}>
          {title} <span className="edl-count">{panel.total.toLocaleString("en")}</span>
        </h2>
        {panel.total > 0 ? (
          <Link href={viewAllHref} className="edl-view-all">
            View all<span className="visually-hidden"> {title.toLowerCase()}</span>
          </Link>
        ) : null}
      </div>
      {panel.items.length ? (
        <ul className="edl-items">
          {panel.items.map((item) => (
            <DashboardItem key={item.id} item={item} now={now} timeZone={timeZone} show={show} />
          ))}
        </ul>
      ) : (
        <p className="edl-empty">{empty}</p>
      )}
    </section>
  );
}

function DashboardItem({
  item,
  now,
  timeZone,
  show,
}: {
  item: EditorArticleItem;
  now: Date;
  timeZone: string;
  show: Props["show"];
}) {
  const when =
    show === "scheduled" ? item.scheduledAt : show === "published" ? item.publishedAt : null;
  return (
    <li className="edl-item" data-overdue={item.overdue || undefined}>
      <div className="edl-item-head">
        <Link href={`/editor/articles/${item.id}`} className="edl-title" prefetch={false}>
          {item.title || "Untitled"}
        </Link>
        <StatusBadge status={item.status} overdue={item.overdue} />
      </div>
      {when ? (
        <p className="edl-when">
          {show === "scheduled" ? (item.overdue ? "Was due " : "Goes out ") : "Published "}
          <time dateTime={when.toISOString()}>{formatDateTime(when, timeZone)}</time>
        </p>
      ) : show === "scheduled" ? (
        <p className="edl-when edl-missing">No publication time set</p>
      ) : null}
      {item.overdue && item.heldBecause ? (
        <p className="edl-when edl-overdue">Held by the scheduler: {item.heldBecause.join(" ")}</p>
      ) : null}
      <p className="edl-meta">
        <SectionAndBylines item={item} />
        <span aria-hidden="true"> · </span>
        Updated <UpdatedBy item={item} now={now} timeZone={timeZone} />
      </p>
    </li>
  );
}
