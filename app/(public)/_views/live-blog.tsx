import type { Metadata } from "next";
import { ArticleRails, EditPostLink, ViewBeacon } from "@/components/islands/server";
import { LiveBlogView } from "@/components/liveblog/live-blog-view";
import { UpdateCard } from "@/components/liveblog/update-card";
import { JsonLd } from "@/components/seo/json-ld";
import Link from "next/link";
import { encodeCursor } from "@/lib/articles/cursor";
import type { ArticleDetailDto, StoryCursor } from "@/lib/articles/dto";
import type { LiveBlogDto, LiveUpdateDto } from "@/lib/liveblog/dto";
import { getLiveBlog, getLiveStream } from "@/lib/liveblog/queries";
import { updateAnchor } from "@/lib/liveblog/rules";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { liveBlogJsonLd, updateJsonLd } from "@/lib/seo/json-ld-live";
import { seoContext } from "@/lib/seo/json-ld-site";
import { liveBlogMetadata, liveUpdateMetadata } from "@/lib/seo/metadata-live";
import type { SiteSettingsDto } from "@/lib/site/dto";

/** A live blog before its first update or an editor's first touch: live, nothing yet. */
async function liveBlogOf(article: ArticleDetailDto): Promise<LiveBlogDto> {
  return (
    (await getLiveBlog(article.id)) ?? {
      articleId: article.id,
      state: "LIVE",
      coverageStartAt: article.publishedAt,
      coverageEndAt: null,
      keyPoints: [],
      lastUpdateAt: null,
    }
  );
}

export async function liveBlogPageMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
  before: StoryCursor | null,
): Promise<Metadata> {
  return liveBlogMetadata(
    site,
    article,
    await getArticleSeo(article.id),
    before ? encodeCursor(before) : null,
  );
}

/** The live page, or one of its older pages. */
export async function LiveBlogPageView({
  site,
  article,
  before,
}: {
  site: SiteSettingsDto;
  article: ArticleDetailDto;
  before: StoryCursor | null;
}) {
  const [blog, stream, seo] = await Promise.all([
    liveBlogOf(article),
    getLiveStream(article.id, before),
    getArticleSeo(article.id),
  ]);
  const shown = [...stream.pinned, ...stream.updates];
  return (
    <div className="container">
      <JsonLd data={liveBlogJsonLd(seoContext(site), article, seo, blog, shown)} />
      <LiveBlogView
        article={article}
        blog={blog}
        stream={stream}
        timeZone={site.timezone}
        isFirstPage={!before}
        staffTools={<EditPostLink articleId={article.id} />}
      />
      {!before ? <ViewBeacon articleId={article.id} /> : null}
      {!before ? (
        <ArticleRails
          articleId={article.id}
          timeZone={site.timezone}
          section={article.section}
          tag={article.tags[0] ?? null}
        />
      ) : null}
    </div>
  );
}

export async function liveUpdatePageMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
  update: LiveUpdateDto,
): Promise<Metadata> {
  return liveUpdateMetadata(site, article, await getArticleSeo(article.id), update);
}

/** One update on a page of its own, for sharing: the update, and the way back to the stream. */
export async function LiveUpdatePageView({
  site,
  article,
  update,
}: {
  site: SiteSettingsDto;
  article: ArticleDetailDto;
  update: LiveUpdateDto;
}) {
  const blog = await liveBlogOf(article);
  const ctx = seoContext(site);
  return (
    <div className="container">
      <JsonLd
        data={{
          ...updateJsonLd(ctx, article, update),
          isPartOf: { "@id": `${ctx.origin}/${article.slug}#article` },
        }}
      />
      <div className="article live-blog live-update-page">
        <header className="article-header live-header">
          <p className="kicker live-kicker">
            <Link href={`/${article.slug}`}>
              {blog.state === "LIVE" ? "Live" : "Live blog"}: {article.title}
            </Link>
          </p>
        </header>
        {update.title ? null : <h1 className="visually-hidden">{article.title}: an update</h1>}
        <div className="live-stream">
          <UpdateCard
            update={update}
            slug={article.slug}
            timeZone={site.timezone}
            headingLevel={1}
          />
        </div>
        <nav className="pagination live-pagination" aria-label="The live page">
          <Link href={`/${article.slug}#${updateAnchor(update.id)}`} className="pagination-link">
            ← This update on the live page
          </Link>
          <Link href={`/${article.slug}`} className="pagination-link">
            Latest updates →
          </Link>
        </nav>
      </div>
    </div>
  );
}
