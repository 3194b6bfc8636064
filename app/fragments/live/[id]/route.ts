import { tags } from "@/lib/cache/tags";
import { etagOfText, matchesIfNoneMatch } from "@/lib/http/etag";
import type { LatestUpdatesDto } from "@/lib/liveblog/dto";
import { getLatestUpdates } from "@/lib/liveblog/queries";
import { getPublishedArticle } from "@/lib/articles/queries";
import { TAGS_HEADER } from "@/lib/server/surrogate-keys";

/**
 * The newest updates of a live blog, as JSON, for the island of an open
 * live page (components/liveblog/live-updates-island.tsx). The same answer
 * for every reader: cached at the edge and purged by `live:<id>` the moment
 * an update is posted, so thousands of open pages polling it cost the app
 * servers one render per update, and each reader has it within a poll. It
 * carries an ETag, so a poll that finds nothing new is a 304 without a body
 * (the browser asks with If-None-Match; Varnish answers it from its copy).
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const article = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getPublishedArticle(id) : null;
  // Only a published live blog (getPublishedArticle reads public ones alone).
  const latest = article?.type === "LIVE_BLOG" ? await getLatestUpdates(article.id) : null;
  if (!latest) {
    return Response.json(
      { ok: false, error: "No such live blog." },
      { status: 404, headers: { "Cache-Control": "public, s-maxage=60" } },
    );
  }
  const { body, etag } = serialized(latest);
  const headers = {
    // Browsers always ask again; the edge keeps it until a purge (or a minute).
    "Cache-Control": "public, max-age=0, s-maxage=60",
    ETag: etag,
    [TAGS_HEADER]: [tags.live(id), tags.article(id)].join(" "),
  };
  const asked = request.headers.get("if-none-match");
  if (asked !== null && matchesIfNoneMatch(asked, etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

// The answer comes from the data cache, the same object for every poll
// until an update changes it: its JSON and ETag are made once, not per poll.
const replies = new WeakMap<LatestUpdatesDto, { body: string; etag: string }>();

function serialized(latest: LatestUpdatesDto): { body: string; etag: string } {
  let reply = replies.get(latest);
  if (!reply) {
    const body = JSON.stringify(latest);
    reply = { body, etag: etagOfText(body) };
    replies.set(latest, reply);
  }
  return reply;
}
