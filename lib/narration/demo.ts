import type { Db } from "@/lib/db/client";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { env } from "@/lib/env";
import { DEFAULT_EDITION, EDITIONS } from "@/lib/i18n/editions";
import { narrationConfig } from "./providers/select-provider";
import { scriptHash } from "./script/script-hash";

/**
 * Queues narration of the newest published demo stories: `count` (the
 * DEMO_NARRATIONS setting, 12) in the default edition and a third as many in
 * each other one, the default edition's first and newest first within each.
 * The server's background task works through them after start-up (a few
 * seconds each with eSpeak), so nobody waits for them; a seed of 100,000
 * articles still queues only these. Written by the seed (no server-only
 * imports); does nothing when narration is off or anything is already
 * queued, so a resumed seed adds none twice.
 */
export async function queueDemoNarrations(db: Db, count = env().DEMO_NARRATIONS): Promise<number> {
  const config = narrationConfig();
  if (config.provider === "off" || count <= 0) return 0;
  if ((await db.narration.count()) > 0) return 0;
  const editions = [DEFAULT_EDITION, ...EDITIONS.filter((edition) => edition !== DEFAULT_EDITION)];
  const stories = [];
  for (const edition of editions) {
    stories.push(
      ...(await newestStories(
        db,
        edition,
        edition === DEFAULT_EDITION ? count : Math.ceil(count / 3),
      )),
    );
  }
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
      // In this order: the home page's lead gets its audio soonest.
      nextAttemptAt: new Date(now + index),
    })),
  });
  return stories.length;
}

function newestStories(db: Db, edition: (typeof EDITIONS)[number], take: number) {
  return db.article.findMany({
    where: { edition, status: "PUBLISHED", type: { not: "PAGE" }, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      version: true,
      title: true,
      standfirst: true,
      body: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
}
