import type { Db } from "@/lib/db/client";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { narrationConfig } from "./providers/select-provider";
import { scriptHash } from "./script/script-hash";

/**
 * How many of the newest demo stories get an audio version. The server's
 * background task works through them after start-up (a few seconds each with
 * eSpeak), so nobody waits for them; a seed of 100,000 articles still queues
 * only these.
 */
export const DEMO_NARRATIONS = 12;

/**
 * Queues narration of the newest published demo stories, newest first.
 * Written by the seed (no server-only imports); does nothing when narration
 * is off or anything is already queued, so a resumed seed adds none twice.
 */
export async function queueDemoNarrations(db: Db, count = DEMO_NARRATIONS): Promise<number> {
  const config = narrationConfig();
  if (config.provider === "off" || count <= 0) return 0;
  if ((await db.narration.count()) > 0) return 0;
  const stories = await db.article.findMany({
    where: { status: "PUBLISHED", type: { not: "PAGE" }, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: count,
    select: {
      id: true,
      version: true,
      title: true,
      standfirst: true,
      body: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  const now = Date.now();
  await db.narration.createMany({
    data: stories.map((story, index) => ({
      articleId: story.id,
      articleVersion: story.version,
      provider: config.provider,
      voice: config.voice,
      sourceHash: scriptHash({
        title: story.title,
        standfirst: story.standfirst,
        authors: story.authors.map((entry) => entry.author.name),
        body: sanitizeDocument(story.body),
      }),
      // The newest story is claimed first: the home page's lead gets its audio soonest.
      nextAttemptAt: new Date(now + index),
    })),
  });
  return stories.length;
}
