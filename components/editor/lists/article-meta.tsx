import type { EditorArticleItem } from "@/lib/articles/dto";
import { joinNames } from "./labels";
import { RelativeTime } from "./relative-time";

/** "Updated 5 min ago by Name": when and by whom an article was last saved. */
export function UpdatedBy({
  item,
  now,
  timeZone,
}: {
  item: Pick<EditorArticleItem, "updatedAt" | "updatedBy">;
  now: Date;
  timeZone: string;
}) {
  return (
    <>
      <RelativeTime date={item.updatedAt} now={now} timeZone={timeZone} />
      {item.updatedBy ? <span className="edl-by"> by {item.updatedBy}</span> : null}
    </>
  );
}

/**
 * "War · Iryna K. and Oleh S.", with a quiet note where either is missing.
 * Pages (About, Contacts) have neither by design, so they just say "Page".
 */
export function SectionAndBylines({
  item,
}: {
  item: Pick<EditorArticleItem, "type" | "section" | "authors">;
}) {
  if (item.type === "PAGE" && !item.section) {
    return <>Page{item.authors.length ? ` · ${joinNames(item.authors)}` : null}</>;
  }
  return (
    <>
      {item.section ? item.section.name : <span className="edl-missing">No section</span>}
      <span aria-hidden="true"> · </span>
      {item.authors.length ? (
        joinNames(item.authors)
      ) : (
        <span className="edl-missing">No byline</span>
      )}
    </>
  );
}
