import "server-only";
import { z } from "zod";
import { isPublicArticle } from "@/lib/articles/rules";
import { db } from "@/lib/db";
import { readBodyBytes } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { hourBucket, isLikelyBot, RecentViews, viewKey } from "./rules";

// Per process: behind several app instances a reader is counted at most once
// per instance and window; a shared store can replace this.
const recent = new RecentViews();

const beaconSchema = z.object({ articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export type ViewOutcome = "counted" | "ignored";

const MAX_BODY = 512;

/** Counts one page view from the article page's beacon, if it should count. */
export async function recordView(request: Request): Promise<ViewOutcome> {
  const userAgent = request.headers.get("user-agent");
  if (isLikelyBot(userAgent)) return "ignored";
  if (request.headers.get("sec-purpose")?.includes("prefetch")) return "ignored";
  // Only our own pages send the beacon; browsers say where a request came
  // from, so other sites cannot make their visitors count views here.
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return "ignored";
  let text: string;
  try {
    text = (await readBodyBytes(request, MAX_BODY)).toString("utf8");
  } catch {
    // Larger than a beacon ever is: not read any further.
    return "ignored";
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return "ignored";
  }
  const parsed = beaconSchema.safeParse(body);
  if (!parsed.success) return "ignored";

  const now = new Date();
  // Made-up ids are turned away before they can take room in the window.
  const article = await db.article.findUnique({
    where: { id: parsed.data.articleId },
    select: { id: true, status: true, publishedAt: true, type: true },
  });
  if (!article || article.type === "PAGE" || !isPublicArticle(article, now)) return "ignored";

  const key = viewKey({
    ip: clientAddress(request.headers),
    userAgent: userAgent ?? "",
    articleId: article.id,
    at: now,
  });
  if (!recent.firstSeen(key, now.getTime())) return "ignored";

  await db.$executeRaw`
    INSERT INTO "ViewCount" ("articleId", "hour", "views")
    VALUES (${article.id}, ${hourBucket(now)}, 1)
    ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ViewCount"."views" + 1`;
  return "counted";
}
