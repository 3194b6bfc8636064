import Link from "next/link";
import { ARTICLE_STATUS_LABELS } from "@/lib/articles/field-labels";
import type { MediaDetail, PlaceList, UsePlace } from "@/lib/media/dto";

function More({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <li className="ed-muted">
      and {count.toLocaleString("en")} more {count === 1 ? "place" : "places"}
    </li>
  );
}

function Places({ heading, list }: { heading: string; list: PlaceList<UsePlace> }) {
  if (!list.places.length && list.more <= 0) return null;
  return (
    <>
      <h3 className="eml-usage-kind">{heading}</h3>
      <ul className="em-plain-list">
        {list.places.map((place, index) => (
          <li key={`${place.href}-${index}`}>
            <Link href={place.href}>{place.title}</Link>{" "}
            <span className="ed-badge">{ARTICLE_STATUS_LABELS[place.status]}</span>
          </li>
        ))}
        <More count={list.more} />
      </ul>
    </>
  );
}

/** Every article and byline that places the image, as far as the viewer may see them. */
export function MediaUsageList({ usage }: { usage: MediaDetail["usage"] }) {
  if (usage.total === 0) {
    return <p className="em-empty">Not used anywhere. It can be deleted.</p>;
  }
  return (
    <div className="eml-usage">
      <Places heading="Hero image of" list={usage.hero} />
      <Places heading="Sharing image of" list={usage.seo} />
      <Places heading="In the text of" list={usage.body} />
      {usage.avatars.places.length ? (
        <>
          <h3 className="eml-usage-kind">Byline picture of</h3>
          <ul className="em-plain-list">
            {usage.avatars.places.map((author) => (
              <li key={author.href}>
                <Link href={author.href}>{author.name}</Link>
              </li>
            ))}
            <More count={usage.avatars.more} />
          </ul>
        </>
      ) : null}
      {usage.hidden ? (
        <p className="ed-hint">
          Also in {usage.hidden} {usage.hidden === 1 ? "article" : "articles"} you cannot open.
        </p>
      ) : null}
    </div>
  );
}
