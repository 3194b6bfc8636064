import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedArticle } from "@/lib/articles/queries";
import { getLiveUpdate } from "@/lib/liveblog/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSiteSettings } from "@/lib/site/settings";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";
import { LiveUpdatePageView, liveUpdatePageMetadata } from "../../../_views/live-blog";

type Props = { params: Promise<{ slug: string; id: string }> };

// Cached like the live page itself, and refreshed by the same `live:<id>` tag.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** `/{slug}/updates/{id}`: one public update of a published live blog. */
async function load(slug: string, id: string) {
  if (slug.length > SLUG_MAX_LENGTH * 2 || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const resolved = await resolveSlug(slug);
  if (!resolved) return null;
  if (resolved.kind === "redirect") permanentRedirect(`${resolved.location}/updates/${id}`);
  if (resolved.kind !== "article") return null;
  const article = await getPublishedArticle(resolved.articleId);
  if (article?.type !== "LIVE_BLOG") return null;
  const update = await getLiveUpdate(article.id, id);
  return update ? { article, update } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const [found, site] = await Promise.all([load(slug, id), getSiteSettings()]);
  if (!found) return { title: `Page not found | ${site.name}` };
  return liveUpdatePageMetadata(site, found.article, found.update);
}

export default async function LiveUpdatePage({ params }: Props) {
  const { slug, id } = await params;
  const [found, site] = await Promise.all([load(slug, id), getSiteSettings()]);
  if (!found) notFound();
  return <LiveUpdatePageView site={site} article={found.article} update={found.update} />;
}
