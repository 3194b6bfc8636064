import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleDocument } from "@/lib/documents/schema";
import { wakeWorker } from "@/lib/jobs/wake";
import { narrationConfig, type NarrationConfig } from "./providers/select-provider";
import { scriptHash } from "./script/script-hash";

type Tx = Prisma.TransactionClient;

/** What is read aloud, as the article holds it in the transaction. */
export interface NarrationSource {
  articleId: string;
  /** The version the write produces. */
  version: number;
  type: string;
  title: string;
  standfirst: string;
  authorIds: string[];
  body: ArticleDocument;
}

/** Byline names in order, for the script. */
export async function authorNames(tx: Tx, authorIds: string[]): Promise<string[]> {
  if (!authorIds.length) return [];
  const rows = await tx.author.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, name: true },
  });
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return authorIds.flatMap((id) => names.get(id) ?? []);
}

export async function sourceHashOf(
  tx: Tx,
  source: Omit<NarrationSource, "articleId" | "version" | "type">,
) {
  return scriptHash({
    title: source.title,
    standfirst: source.standfirst,
    authors: await authorNames(tx, source.authorIds),
    body: source.body,
  });
}

/**
 * Queues narration of the article in the caller's transaction (a publish, a
 * substantive update), so a narration is never asked for a write that was
 * rolled back and never forgotten for one that was not. Nothing is queued
 * when narration is off, for static pages, or when what would be read is
 * what the current (or coming) narration already reads, so republishing an
 * unchanged story or a substantive update of its SEO text makes no new audio.
 * The narration falls due `config.delayMs` after the write, so a fix made
 * within that time replaces it before any audio is made.
 * Returns whether a narration was queued.
 */
export async function queueNarration(
  tx: Tx,
  source: NarrationSource,
  config: NarrationConfig = narrationConfig(),
): Promise<boolean> {
  if (config.provider === "off" || source.type === "PAGE") return false;
  const sourceHash = await sourceHashOf(tx, source);
  const latest = await tx.narration.findFirst({
    where: { articleId: source.articleId, status: { in: ["PENDING", "RUNNING", "READY"] } },
    orderBy: [{ articleVersion: "desc" }, { createdAt: "desc" }],
    select: { sourceHash: true },
  });
  if (latest?.sourceHash === sourceHash) return false;
  // An older version still waiting, or one that gave up, is replaced; a
  // running one finishes, and the newer one supersedes it when ready.
  await tx.narration.deleteMany({
    where: { articleId: source.articleId, status: { in: ["PENDING", "FAILED"] } },
  });
  await tx.narration.create({
    data: {
      articleId: source.articleId,
      articleVersion: source.version,
      provider: config.provider,
      voice: config.voice,
      sourceHash,
      ...(config.delayMs > 0 ? { nextAttemptAt: new Date(Date.now() + config.delayMs) } : {}),
    },
    select: { id: true },
  });
  await wakeWorker(tx, "narration");
  return true;
}
