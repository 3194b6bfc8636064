import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { failingItems } from "@/lib/articles/editing/checklist";
import { writeStatusChange } from "@/lib/articles/editing/publication";
import { checklistOf } from "@/lib/articles/editing/stored-checklist";
import {
  loadArticleState,
  placesOf,
  type ArticleState,
  type Tx,
} from "@/lib/articles/editing/state";
import { invalidate } from "@/lib/cache/invalidate";
import { articleChangeTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { publishQueue, takeDownQueue } from "./due-queues";
import { problemsOf, recordHold, scheduledOverride } from "./held";

/** One article the scheduler handled. */
export interface DueArticle {
  id: string;
  title: string;
  slug: string;
  /** When it was due to go out (or come down). */
  dueAt: Date | null;
}

export interface DueReport {
  published: DueArticle[];
  unpublished: DueArticle[];
  /** Due, but left scheduled: why, and whether this run is the first to say so. */
  held: (DueArticle & { problems: string[]; firstTime: boolean })[];
  /** Something unexpected went wrong with these; the next run tries again. */
  failed: (DueArticle & { error: string })[];
}

/** A bound on one run, so a run always ends; the next run takes the rest. */
const MAX_PER_RUN = 500;

type Phase = "publish" | "unpublish";

type Outcome =
  | {
      kind: "published" | "unpublished";
      state: ArticleState;
      /** Slugs the article had before this change (a first publish may move it). */
      formerSlugs?: string[];
    }
  | { kind: "held"; state: ArticleState; problems: string[]; firstTime: boolean }
  | { kind: "skipped" };

/**
 * Publishes every scheduled article whose time has come, and unpublishes
 * every published one whose take-down time has come, each exactly once
 * however many app instances run this at the same moment.
 *
 * Each article is claimed in its own transaction (due-queues.ts: `SELECT …
 * FOR UPDATE SKIP LOCKED`): a second scheduler skips a row the first holds
 * and, once the first commits, no longer finds it due. The
 * writes are those of a manual publish (lib/articles/editing/publication.ts),
 * by nobody, with `{by: "scheduler"}` in the audit row. The article is read
 * again under the lock and the checklist checked once more: an article edited
 * into failing it since it was scheduled is held, not published (held.ts).
 */
export async function publishDueArticles(now: Date = new Date()): Promise<DueReport> {
  const report: DueReport = { published: [], unpublished: [], held: [], failed: [] };
  if (!(await anythingDue(now))) return report;
  for (const phase of ["publish", "unpublish"] as const) {
    const seen: string[] = [];
    while (seen.length < MAX_PER_RUN) {
      let claimed: string | null = null;
      let outcome: Outcome | null;
      try {
        outcome = await db.$transaction(async (tx) => {
          claimed = await claimNext(tx, phase, now, seen);
          const handled = claimed ? await handle(tx, phase, claimed, now) : null;
          if (handled?.kind === "published" || handled?.kind === "unpublished") {
            const { state, formerSlugs = [] } = handled;
            const places = placesOf(state);
            await invalidate(
              tx,
              articleChangeTags({
                id: state.id,
                ...places,
                slugs: [...formerSlugs, ...places.slugs],
              }),
            );
          }
          return handled;
        });
      } catch (error) {
        // Without a claimed row the database itself failed: let the caller say so.
        if (!claimed) throw error;
        seen.push(claimed);
        report.failed.push({
          id: claimed,
          title: "",
          slug: "",
          dueAt: null,
          error: (error as Error).message,
        });
        continue;
      }
      if (!claimed || !outcome) break;
      seen.push(claimed);
      if (outcome.kind === "skipped") continue;
      const { state } = outcome;
      const item: DueArticle = {
        id: state.id,
        title: state.title,
        slug: state.slug,
        dueAt: phase === "publish" ? state.scheduledAt : state.unpublishAt,
      };
      if (outcome.kind === "held") {
        report.held.push({ ...item, problems: outcome.problems, firstTime: outcome.firstTime });
      } else {
        report[outcome.kind].push(item);
      }
    }
  }
  return report;
}

/** A cheap look (two index range reads) before taking any lock. */
async function anythingDue(now: Date): Promise<boolean> {
  const due = await db.article.findFirst({
    where: {
      OR: [
        { status: "SCHEDULED", scheduledAt: { lte: now } },
        { status: "PUBLISHED", unpublishAt: { lte: now } },
      ],
    },
    select: { id: true },
  });
  return due !== null;
}

async function claimNext(tx: Tx, phase: Phase, now: Date, seen: string[]): Promise<string | null> {
  const queue = phase === "publish" ? publishQueue : takeDownQueue;
  const [id] = await queue.lock(tx, {
    limit: 1,
    now,
    where: Prisma.sql`NOT ("id" = ANY(${seen}::text[]))`,
  });
  return id ?? null;
}

async function handle(tx: Tx, phase: Phase, id: string, now: Date): Promise<Outcome> {
  // Read under the lock: this is the article as it is now, not as listed.
  const state = await loadArticleState(tx, id);
  if (!state) return { kind: "skipped" };
  if (phase === "unpublish") {
    if (state.status !== "PUBLISHED" || !state.unpublishAt || state.unpublishAt > now) {
      return { kind: "skipped" };
    }
    const written = await writeStatusChange(tx, state, {
      to: "UNPUBLISHED",
      actor: null,
      audit: "article.unpublish",
      auditData: { dueAt: state.unpublishAt.toISOString() },
      now,
    });
    return written ? { kind: "unpublished", state } : { kind: "skipped" };
  }

  if (state.status !== "SCHEDULED" || !state.scheduledAt || state.scheduledAt > now) {
    return { kind: "skipped" };
  }
  const problems = await reasonsToHold(tx, state, now);
  if (problems.length) {
    const firstTime = await recordHold(tx, state, problems);
    return { kind: "held", state, problems, firstTime };
  }
  const override = await scheduledOverride(tx, state);
  const written = await writeStatusChange(tx, state, {
    to: "PUBLISHED",
    actor: null,
    audit: "article.publish",
    auditData: { dueAt: state.scheduledAt.toISOString(), ...(override ? { override } : {}) },
    now,
  });
  return written
    ? { kind: "published", state: { ...state, slug: written.slug }, formerSlugs: [state.slug] }
    : { kind: "skipped" };
}

/** Why a due article must not go out by itself: an editor has to look at it. */
async function reasonsToHold(tx: Tx, state: ArticleState, now: Date): Promise<string[]> {
  if (state.unpublishAt && state.unpublishAt <= now) {
    // Down the whole time it should have been up: publishing it now would
    // flash it onto the home page and into feeds for a moment.
    return ["Its unpublish time passed before it could be published."];
  }
  const failing = failingItems(await checklistOf(tx, state));
  if (!failing.length) return [];
  // An admin who scheduled it past the checklist waived it for this version.
  if (await scheduledOverride(tx, state)) return [];
  return problemsOf(failing);
}
