import "server-only";
import {
  contextFor,
  loadArticleState,
  writeAudit,
  type ArticleState,
  type Tx,
} from "@/lib/articles/editing/state";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import type { NarrationPanelDto } from "./dto";
import { configProblem, narrationConfig, providerLabel } from "./providers/select-provider";
import { toNarration } from "./public";
import { sourceHashOf } from "./queue";
import type { NarrationArticleInput } from "./schemas";
import { deleteNarrations, removeDroppedFiles, type DroppedFile } from "./store";

type PanelResult = ActionResult<NarrationPanelDto>;

/** The panel's data for an article already loaded (and permitted). */
async function loadPanel(
  client: Tx,
  staff: Staff,
  state: ArticleState,
): Promise<NarrationPanelDto> {
  const config = narrationConfig();
  const rows = await client.narration.findMany({
    where: { articleId: state.id },
    orderBy: [{ createdAt: "desc" }],
    take: 10,
    select: {
      status: true,
      articleVersion: true,
      provider: true,
      voice: true,
      attempts: true,
      chunksDone: true,
      chunksTotal: true,
      lastError: true,
      nextAttemptAt: true,
      readyAt: true,
      generationMs: true,
      createdAt: true,
      media: { select: { storageKey: true, mimeType: true, bytes: true, durationMs: true } },
    },
  });
  const live = rows
    .filter((row) => row.status === "READY" && row.media)
    .sort((a, b) => b.articleVersion - a.articleVersion)[0];
  const job = rows.find(
    (row) => row.status !== "READY" && (!live || row.createdAt >= live.createdAt),
  );
  const audio = live ? toNarration(live.media) : null;
  return {
    articleStatus: state.status,
    articleVersion: state.version,
    canManage: can(staff.role, "narration.manage", contextFor(staff, state)),
    provider: {
      name: config.provider,
      label: providerLabel(config),
      voice: config.voice,
      problem: configProblem(config),
    },
    live:
      live && audio
        ? {
            ...audio,
            articleVersion: live.articleVersion,
            provider: live.provider,
            voice: live.voice,
            readyAt: live.readyAt?.toISOString() ?? null,
            generationMs: live.generationMs,
          }
        : null,
    job:
      job && job.status !== "READY"
        ? {
            status: job.status,
            articleVersion: job.articleVersion,
            provider: job.provider,
            attempts: job.attempts,
            maxAttempts: config.maxAttempts,
            chunksDone: job.chunksDone,
            chunksTotal: job.chunksTotal,
            lastError: job.lastError,
            nextAttemptAt: job.nextAttemptAt.toISOString(),
          }
        : null,
  };
}

/** For those who may open the article in the editor (edit or preview). */
export async function getNarrationPanel(
  staff: Staff,
  input: NarrationArticleInput,
): Promise<PanelResult> {
  const state = await loadArticleState(db, input.articleId);
  if (!state) return notFound("This article");
  const context = contextFor(staff, state);
  if (!can(staff.role, "article.edit", context) && !can(staff.role, "article.preview", context)) {
    return denied("open this article");
  }
  return ok(await loadPanel(db, staff, state));
}

async function lockArticle(tx: Tx, id: string): Promise<ArticleState | null> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
  return loadArticleState(tx, id);
}

/**
 * Asks for a new narration of the article as it is now (a better voice was
 * configured, the last one failed, a pronunciation was fixed by rewording).
 * What readers hear stays until the new one is ready.
 */
export async function regenerateNarration(
  staff: Staff,
  input: NarrationArticleInput,
): Promise<PanelResult> {
  const config = narrationConfig();
  return db.$transaction(async (tx): Promise<PanelResult> => {
    const state = await lockArticle(tx, input.articleId);
    if (!state) return notFound("This article");
    if (!can(staff.role, "narration.manage", contextFor(staff, state))) {
      return denied("regenerate this article's narration");
    }
    if (state.status !== "PUBLISHED") {
      return invalid({}, "Narration is made for published articles. Publish this one first.");
    }
    if (config.provider === "off") {
      return invalid({}, "Narration is turned off on this site (NARRATION_PROVIDER=off).");
    }
    const problem = configProblem(config);
    if (problem) return invalid({}, problem);
    if (state.type === "PAGE") return invalid({}, "Static pages are not narrated.");
    const busy = await tx.narration.count({
      where: { articleId: state.id, status: { in: ["PENDING", "RUNNING"] } },
    });
    if (busy) return invalid({}, "A narration of this article is already being made.");

    await tx.narration.deleteMany({ where: { articleId: state.id, status: "FAILED" } });
    const authorIds = state.authors.map((author) => author.authorId);
    const sourceHash = await sourceHashOf(tx, {
      title: state.title,
      standfirst: state.standfirst,
      authorIds,
      body: sanitizeDocument(state.body),
    });
    await tx.narration.create({
      data: {
        articleId: state.id,
        articleVersion: state.version,
        provider: config.provider,
        voice: config.voice,
        sourceHash,
      },
      select: { id: true },
    });
    await writeAudit(tx, staff, "narration.regenerate", state.id, {
      version: state.version,
      provider: config.provider,
      voice: config.voice,
    });
    return ok(await loadPanel(tx, staff, state));
  });
}

/**
 * Takes the audio off the article (a mispronounced name, a story that should
 * not be heard out of context): every narration of it and their files. A
 * later substantive update or publish narrates it again.
 */
export async function removeNarration(
  staff: Staff,
  input: NarrationArticleInput,
): Promise<PanelResult> {
  let dropped: { files: DroppedFile[]; mediaIds: string[] } = { files: [], mediaIds: [] };
  const result = await db.$transaction(async (tx): Promise<PanelResult> => {
    const state = await lockArticle(tx, input.articleId);
    if (!state) return notFound("This article");
    if (!can(staff.role, "narration.manage", contextFor(staff, state))) {
      return denied("remove this article's narration");
    }
    const removed = await deleteNarrations(tx, { articleId: state.id });
    if (!removed.count) return invalid({}, "This article has no narration to remove.");
    await writeAudit(tx, staff, "narration.remove", state.id, {
      version: state.version,
      narrations: removed.count,
      mediaIds: removed.mediaIds,
    });
    dropped = removed;
    await invalidate(tx, [
      tags.article(state.id),
      tags.narrations,
      ...removed.mediaIds.map(tags.media),
    ]);
    return ok(await loadPanel(tx, staff, state));
  });
  if (result.ok) await removeDroppedFiles(dropped.files);
  return result;
}
