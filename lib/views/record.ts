import "server-only";
import { z } from "zod";
import { isPublicArticle } from "@/lib/articles/rules";
import { db } from "@/lib/db";
import { hourBucket, isLikelyBot, RecentViews, viewKey } from "./rules";

// Per process: behind several app instances a reader is counted at most once
// per instance and window; a shared store can replace this.
const recent = new RecentViews();

const beaconSchema = z.object({ articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export type ViewOutcome = "counted" | "ignored";

/** Counts one page view from the article page's beacon, if it should count. */
export async function recordView(request: Request): Promise<ViewOutcome> {
  const userAgent = request.headers.get("user-agent");
  if (isLikelyBot(userAgent)) return "ignored";
  if (request.headers.get("sec-purpose")?.includes("prefetch")) return "ignored";

  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return "ignored";
  }
  const parsed = beaconSchema.safeParse(body);
  if (!parsed.success) return "ignored";

  const now = new Date();
  const ip =
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    request.headers.get("x-real-ip") ||
    "";
  const key = viewKey({
    ip,
    userAgent: userAgent ?? "",
    articleId: parsed.data.articleId,
    at: now,
  });
  if (!recent.firstSeen(key, now.getTime())) return "ignored";

  const article = await db.article.findUnique({
    where: { id: parsed.data.articleId },
    select: { id: true, status: true, publishedAt: true, type: true },
  });
  if (!article || article.type === "PAGE" || !isPublicArticle(article, now)) return "ignored";

  await db.$executeRaw`
    INSERT INTO "ViewCount" ("articleId", "hour", "views")
    VALUES (${article.id}, ${hourBucket(now)}, 1)
    ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ViewCount"."views" + 1`;
  return "counted";
}
