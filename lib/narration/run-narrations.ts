import "server-only";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import {
  claimNext,
  failAbandoned,
  LostLease,
  narrationQueue,
  renewLease,
  type Claimed,
  type Clock,
} from "./claims";
import { generateNarrationAudio, type GeneratedAudio } from "./generate";
import {
  NarrationConfigError,
  NarrationError,
  type SpeechProvider,
} from "./providers/speech-provider";
import {
  configProblem,
  createSpeechProvider,
  narrationConfig,
  type NarrationConfig,
} from "./providers/select-provider";
import { messagesFor } from "@/lib/i18n/messages";
import { providerForEdition } from "./providers/edition-voice";
import { buildNarrationScript, scriptText } from "./script/build-script";
import { hashScriptText } from "./script/script-hash";
import {
  audioStorageKey,
  deleteNarrations,
  removeDroppedFiles,
  sha256Of,
  storeNarrationAudio,
  sweepOrphanAudio,
} from "./store";

/**
 * The background task: claims queued narrations one at a time (claims.ts),
 * reads the article as it is now, synthesizes, stores the MP3 and marks it
 * READY, replacing the narration it supersedes. Failures are retried with
 * growing pauses, then marked FAILED with the error for the editor.
 */

/** A run stops taking new work after this long or this many narrations. */
const RUN_BUDGET_MS = 12_000;
const MAX_PER_RUN = 3;

async function loadArticle(id: string) {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      title: true,
      standfirst: true,
      body: true,
      status: true,
      version: true,
      edition: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  return (
    row && {
      ...row,
      body: sanitizeDocument(row.body),
      authors: row.authors.map((a) => a.author.name),
    }
  );
}

async function processClaimed(
  job: Claimed,
  provider: SpeechProvider,
  config: NarrationConfig,
  clock: Clock,
): Promise<string> {
  const started = Date.now();
  const article = await loadArticle(job.articleId);
  if (!article) return `[narration] ${job.articleId}: the article is gone`;
  const name = `“${article.title}”`;
  // Unpublished since it was queued: nothing to narrate (publishing again queues it).
  if (article.status !== "PUBLISHED") {
    await db.narration.deleteMany({ where: { id: job.id, leaseToken: job.lease.token } });
    return `[narration] ${name} is no longer published; dropped`;
  }
  const t = messagesFor(article.edition);
  const script = buildNarrationScript({ ...article, byline: { by: t.by, and: t.and } });
  // The story's own language: another edition reads with its own voice.
  const reader = providerForEdition(provider, article.edition);
  if (reader !== provider) {
    await db.narration.updateMany({
      where: { id: job.id, leaseToken: job.lease.token },
      data: { voice: reader.voice },
    });
  }
  try {
    const audio = await generateNarrationAudio(script, reader, (done, total) =>
      renewLease(job, clock, done, total),
    );
    const generationMs = Date.now() - started;
    const superseded = await finish(
      job,
      article,
      hashScriptText(scriptText(script)),
      audio,
      generationMs,
    );
    const seconds = (generationMs / 1000).toFixed(1);
    return superseded
      ? `[narration] ${name} finished after a newer version; discarded`
      : `[narration] ready ${name} (v${article.version}, ${formatDuration(audio.durationMs)}, ${Math.round(audio.mp3.byteLength / 1024)} KB, ${reader.name} ${reader.voice}) in ${seconds} s`;
  } catch (error) {
    if (error instanceof LostLease) {
      return `[narration] ${name}: removed or taken over meanwhile; result dropped`;
    }
    return recordFailure(job, error, config.maxAttempts, clock, name);
  }
}

/** READY in one transaction with its Media row; older narrations go with it. */
async function finish(
  job: Claimed,
  article: { title: string; version: number },
  sourceHash: string,
  audio: GeneratedAudio,
  generationMs: number,
): Promise<boolean> {
  const sha256 = sha256Of(audio.mp3);
  let outcome: Awaited<ReturnType<typeof deleteNarrations>> & { superseded: boolean };
  try {
    outcome = await db.$transaction(
      async (tx) => {
        const mediaId = await storeNarrationAudio(tx, {
          mp3: audio.mp3,
          sha256,
          durationMs: audio.durationMs,
          title: article.title,
        });
        const completed = await narrationQueue.complete(tx, job.lease, {
          status: "READY",
          set: {
            mediaId,
            readyAt: new Date(),
            generationMs,
            articleVersion: article.version,
            sourceHash,
            chunksDone: audio.chunks,
            chunksTotal: audio.chunks,
            lastError: "",
          },
        });
        if (!completed) throw new LostLease();
        const newer = await tx.narration.findFirst({
          where: {
            articleId: job.articleId,
            id: { not: job.id },
            status: "READY",
            articleVersion: { gt: article.version },
          },
          select: { id: true },
        });
        // Readers get the newest text's audio; whichever finishes second of
        // two versions either replaces the other or steps aside.
        const dropped = await deleteNarrations(
          tx,
          newer
            ? { id: job.id }
            : {
                articleId: job.articleId,
                id: { not: job.id },
                status: { in: ["READY", "FAILED"] },
                articleVersion: { lte: article.version },
              },
        );
        await invalidate(tx, [
          tags.article(job.articleId),
          tags.narrations,
          ...dropped.mediaIds.map(tags.media),
        ]);
        return { ...dropped, superseded: newer !== null };
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
  } catch (error) {
    // The row went away (removed by an editor) or was taken over: the file
    // written under the rolled-back row goes unless another row uses it.
    await removeDroppedFiles([{ sha256, keys: [audioStorageKey(sha256)] }]);
    throw error;
  }
  await removeDroppedFiles(outcome.files);
  return outcome.superseded;
}

async function recordFailure(
  job: Claimed,
  error: unknown,
  maxAttempts: number,
  clock: Clock,
  name: string,
): Promise<string> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const retryable = !(error instanceof NarrationError) || error.retryable;
  const now = clock();
  const outcome = await narrationQueue.fail(db, job.lease, {
    now,
    error: message,
    permanent: !retryable,
    maxAttempts,
  });
  switch (outcome.kind) {
    case "lost":
      return `[narration] ${name}: removed or taken over meanwhile; its failure is not recorded (${message})`;
    case "failed":
      return `[narration] ${name} failed after ${job.attempts} attempt(s): ${message}`;
    case "retry": {
      const seconds = Math.round((outcome.at.getTime() - now.getTime()) / 1000);
      return `[narration] ${name} failed (attempt ${job.attempts} of ${maxAttempts}), retrying in ${seconds} s: ${message}`;
    }
  }
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

// Said once per process, not on every tick.
const warned = globalThis as unknown as { newsroomNarrationWarned?: Set<string> };

/**
 * One run of the task. `now` may be ahead of the clock (tests, a catch-up
 * run): every time written in the run moves by the same amount.
 */
export async function runNarrations(
  now: Date,
  options: { provider?: SpeechProvider; config?: NarrationConfig; signal?: AbortSignal } = {},
): Promise<string[]> {
  const config = options.config ?? narrationConfig();
  if (config.provider === "off" && !options.provider) return [];
  let provider = options.provider;
  if (!provider) {
    try {
      provider = createSpeechProvider(config);
    } catch (error) {
      if (!(error instanceof NarrationConfigError)) throw error;
      const said = (warned.newsroomNarrationWarned ??= new Set());
      // Queued narrations wait for the configuration to be fixed.
      if (said.has(error.message)) return [];
      said.add(error.message);
      return [`[narration] cannot run: ${configProblem(config) ?? error.message}`];
    }
  }
  const skew = Math.max(0, now.getTime() - Date.now());
  const clock: Clock = () => new Date(Date.now() + skew);
  const lines: string[] = [];
  const abandoned = await failAbandoned(clock, config.maxAttempts);
  if (abandoned)
    lines.push(`[narration] ${abandoned} narration(s) failed: their runs kept stopping`);
  const started = Date.now();
  for (
    let done = 0;
    done < MAX_PER_RUN && Date.now() - started < RUN_BUDGET_MS && !options.signal?.aborted;
    done++
  ) {
    const job = await claimNext(clock, provider, config.maxAttempts);
    if (!job) break;
    lines.push(await processClaimed(job, provider, config, clock));
  }
  const swept = await sweepOrphanAudio(db, clock());
  if (swept) lines.push(`[narration] removed ${swept} unused audio file(s)`);
  return lines;
}
