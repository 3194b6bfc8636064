import type { Metadata } from "next";
import Link from "next/link";
import { JsonLd } from "@/components/seo/json-ld";
import { encodeCursor, olderPath } from "@/lib/articles/cursor";
import type { StoryCursor } from "@/lib/articles/dto";
import { CORRECTIONS_PATH, correctionsPageJsonLd } from "@/lib/articles/corrections/json-ld";
import { listRecentCorrections } from "@/lib/articles/corrections/queries";
import { CORRECTION_LABELS } from "@/lib/articles/labels";
import { formatDateTime } from "@/lib/dates/format";
import { seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { OG_CARD_SIZE, plainCardPath } from "@/lib/seo/og-card-version";
import { absoluteUrl, paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";
import type { SiteSettingsDto } from "@/lib/site/dto";
import "../../styles/corrections.css";

const TITLE = "Corrections";
const describe = (site: SiteSettingsDto) =>
  `Every correction, clarification and update ${site.name} has published, newest first, with a link to the article.`;

export async function correctionsMetadata(before: StoryCursor | null): Promise<Metadata> {
  const [site, page] = await Promise.all([
    getSiteSettings(),
    before ? listRecentCorrections(before) : null,
  ]);
  const metadata = listMetadata({
    site,
    kind: "site",
    key: "corrections",
    kicker: "Standards",
    name: TITLE,
    description: describe(site),
    path: CORRECTIONS_PATH,
    feedPath: paths.siteFeed,
    feedTitle: site.name,
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.corrections) : null,
    items: "corrections and updates",
  });
  const image = {
    url: absoluteUrl(
      plainCardPath("site", "corrections", {
        kicker: "Standards",
        title: "Corrections",
        siteName: site.name,
      }),
    ),
    ...OG_CARD_SIZE,
    alt: site.name,
  };
  return {
    ...metadata,
    openGraph: { ...metadata.openGraph, images: [image] },
    twitter: { ...metadata.twitter, images: [image] },
  };
}

/** Corrections, clarifications and updates on published articles, newest first. */
export async function CorrectionsView({ before }: { before: StoryCursor | null }) {
  const [site, page] = await Promise.all([getSiteSettings(), listRecentCorrections(before)]);
  const description = describe(site);

  return (
    <div className="container list-page corrections-page">
      <JsonLd
        data={correctionsPageJsonLd(seoContext(site), {
          name: TITLE,
          description,
          path: before ? olderPath(CORRECTIONS_PATH, encodeCursor(before)) : CORRECTIONS_PATH,
          corrections: page.corrections,
        })}
      />
      <header className="list-header">
        <p className="kicker">Standards</p>
        <h1>{TITLE}</h1>
        <p className="list-description">
          When we get something wrong, we say so: on the article itself, and here.
        </p>
        <dl className="correction-kinds">
          <div>
            <dt>Correction</dt>
            <dd>we published something that was wrong.</dd>
          </div>
          <div>
            <dt>Clarification</dt>
            <dd>what we published was accurate but could be misread.</dd>
          </div>
          <div>
            <dt>Update</dt>
            <dd>the story changed in an important way after we published it.</dd>
          </div>
        </dl>
      </header>

      {page.corrections.length ? (
        <ol className="correction-list">
          {page.corrections.map((note) => (
            <li key={note.id} className="correction-entry" data-kind={note.kind.toLowerCase()}>
              <p className="correction-entry-meta">
                <span className="correction-entry-kind">{CORRECTION_LABELS[note.kind]}</span>
                <time dateTime={note.publishedAt.toISOString()}>
                  {formatDateTime(note.publishedAt, site.timezone)}
                </time>
              </p>
              <h2 className="correction-entry-title">
                <Link href={paths.article(note.article.slug)}>{note.article.title}</Link>
              </h2>
              <p className="correction-entry-text">{note.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">
          {before ? "There are no older corrections." : "No corrections or updates yet."}
        </p>
      )}

      {page.older || before ? (
        <nav className="pagination correction-pagination" aria-label="More corrections">
          {before ? (
            <Link href={CORRECTIONS_PATH} className="pagination-link">
              ← Back to the latest
            </Link>
          ) : (
            <span />
          )}
          {page.older ? (
            <Link
              href={olderPath(CORRECTIONS_PATH, page.older)}
              rel="next"
              className="pagination-link"
            >
              Older corrections →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
