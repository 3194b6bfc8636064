import "server-only";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { liveUpdateChangeTags } from "./cache-tags";

/** The demo's live blog (lib/seed/demo/live-blogs.ts) and how often it gains an update. */
const DEMO_SLUG = "grid-strikes-live";
const EVERY_MS = 4 * 60_000;

/** Short updates written for the demo; they come round again in turn. */
const LINES = [
  "The grid operator says the evening peak has passed without new emergency outages.",
  "Repair crews report progress at the damaged substation in the east; the transformer is on its way.",
  "An air raid alert is declared in the south. Stay near shelter until it is over.",
  "The alert in the south is over. No strikes have been reported.",
  "Heating points in Kharkiv will stay open through the night, the city council says.",
  "Rail operator: all trains on the eastern lines are running on time.",
  "Power company in Poltava Oblast reminds residents that tomorrow's schedule starts at midnight.",
];

/**
 * With DEMO_LIVE=1, keeps the demo live page moving: every few minutes the
 * worker posts the next line as an update, so a demo shows updates arriving
 * in an open page. Off by default, and a no-op without the demo's live blog.
 */
export const demoLiveTask: BackgroundTask = {
  name: "demo-live",
  async run(now) {
    if (env().DEMO_LIVE !== "1") return [];
    const blog = await db.liveBlog.findFirst({
      where: { state: "LIVE", article: { slug: DEMO_SLUG, status: "PUBLISHED" } },
      select: { articleId: true, lastUpdateAt: true },
    });
    if (!blog || (blog.lastUpdateAt && now.getTime() - blog.lastUpdateAt.getTime() < EVERY_MS)) {
      return [];
    }
    const [count, author] = await Promise.all([
      db.liveUpdate.count({ where: { liveBlogId: blog.articleId } }),
      db.author.findFirst({ where: { slug: "maksym-tkachuk" }, select: { id: true } }),
    ]);
    const text = LINES[count % LINES.length]!;
    await db.$transaction(async (tx) => {
      await tx.liveUpdate.create({
        data: {
          liveBlogId: blog.articleId,
          authorId: author?.id ?? null,
          body: {
            type: "doc",
            content: [{ type: "paragraph", content: [{ type: "text", text }] }],
          },
          status: "PUBLISHED",
          publishedAt: now,
        },
      });
      await tx.liveBlog.update({
        where: { articleId: blog.articleId },
        data: { lastUpdateAt: now },
      });
      await invalidate(tx, liveUpdateChangeTags(blog.articleId));
    });
    return [`[live] posted a demo update to /${DEMO_SLUG}`];
  },
  async nextDueAt() {
    if (env().DEMO_LIVE !== "1") return null;
    const blog = await db.liveBlog.findFirst({
      where: { state: "LIVE", article: { slug: DEMO_SLUG } },
      select: { lastUpdateAt: true },
    });
    return blog?.lastUpdateAt ? new Date(blog.lastUpdateAt.getTime() + EVERY_MS) : null;
  },
};
