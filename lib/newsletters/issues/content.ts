import "server-only";
import { publicStoryFilter } from "@/lib/articles/rules";
import type { Tx } from "@/lib/manage/audit";
import { variantUrl } from "@/lib/media/variants";
import { editionPath } from "@/lib/i18n/editions";
import { absoluteUrl, paths } from "@/lib/seo/urls";
import type { IssueContent, IssueStory } from "./render";

/** Width of the stored copy used in email: twice the 600 px column, for sharp screens. */
const EMAIL_IMAGE_WIDTH = 1200;

/**
 * The published stories among `ids`, in that order, as the email shows them:
 * absolute links and image addresses (mail clients have no base URL). A
 * story unpublished since it was chosen is left out.
 */
export async function loadIssueStories(
  client: Tx,
  ids: string[],
  now: Date = new Date(),
): Promise<IssueStory[]> {
  if (!ids.length) return [];
  const rows = await client.article.findMany({
    where: { id: { in: ids }, ...publicStoryFilter(now) },
    select: {
      id: true,
      slug: true,
      edition: true,
      title: true,
      standfirst: true,
      heroAlt: true,
      heroImage: {
        select: { storageKey: true, width: true, height: true, variants: true, alt: true },
      },
      section: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const hero = row.heroImage;
    const width = hero ? Math.min(hero.width ?? EMAIL_IMAGE_WIDTH, EMAIL_IMAGE_WIDTH) : 0;
    return [
      {
        id: row.id,
        title: row.title,
        standfirst: row.standfirst,
        url: absoluteUrl(paths.article(row.slug, row.edition)),
        section: row.section?.name ?? "",
        bylines: row.authors.map(({ author }) => author.name),
        image: hero
          ? {
              src: absoluteUrl(variantUrl(hero, EMAIL_IMAGE_WIDTH)),
              // The placement's alt text, else the library's (as article pages do).
              alt: row.heroAlt || hero.alt,
              // The aspect ratio, so the email reserves the space before the image loads.
              width,
              height:
                hero.width && hero.height ? Math.round((hero.height / hero.width) * width) : 0,
            }
          : null,
      },
    ];
  });
}

/** Everything an issue's email is made of, apart from the reader's own links. */
export async function loadIssueContent(
  client: Tx,
  issue: { subject: string; intro: string; articleIds: string[]; newsletterId: string },
  now: Date = new Date(),
): Promise<IssueContent | null> {
  // One after another: inside a transaction they share one connection.
  const newsletter = await client.newsletter.findUnique({
    where: { id: issue.newsletterId },
    select: { id: true, name: true, senderName: true, senderEmail: true, edition: true },
  });
  const settings = await client.siteSettings.findUnique({
    where: { id: 1 },
    select: { name: true },
  });
  const stories = await loadIssueStories(client, issue.articleIds, now);
  if (!newsletter) return null;
  return {
    siteName: settings?.name ?? "Newsroom",
    siteUrl: absoluteUrl(newsletter ? editionPath(newsletter.edition, "/") : "/"),
    newsletter,
    subject: issue.subject,
    intro: issue.intro,
    stories,
  };
}
