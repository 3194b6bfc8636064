import "server-only";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { queueNarration } from "@/lib/narration/queue";
import { emptyDocument } from "@/lib/documents/schema";
import { countWords, documentText } from "@/lib/documents/text";
import { searchedUpdates } from "@/lib/search/live-text";
import { buildSearchColumns } from "@/lib/search/search-text";
import { invalidate } from "@/lib/cache/invalidate";
import { articleChangeTags } from "@/lib/cache/tags";
import { firstSlugFor, provisionalSlug } from "./headline-slug";
import { moveSlug, resolveReferences, slugAvailability } from "./references";
import type { ArticleConflict } from "./dto";
import { recordRevision } from "./revisions";
import type { ArticleFields } from "./schemas";
import type { Edition } from "@/lib/i18n/editions";
import {
  conflictOf,
  contextFor,
  fieldsOf,
  loadArticleState,
  placesOf,
  writeAudit,
  type Tx,
} from "./state";

export interface SavedArticle {
  id: string;
  version: number;
  slug: string;
  status: ArticleStatus;
  savedAt: string;
}

type SaveResult = ActionResult<SavedArticle, ArticleConflict>;

/**
 * Starts an article: a draft at the headline's address (a provisional one
 * when it has no headline or the address is taken), the writer's own byline
 * and nothing else, so the editor always works on a saved row.
 */
export function createArticle(
  staff: Staff,
  input: { title: string; type: ArticleFields["type"]; edition?: Edition },
): Promise<ActionResult<{ id: string }>> {
  return startDraft(staff, input, null);
}

/** A new draft; a translation's starts from its original (lib/articles/editing/translation.ts). */
export async function startDraft(
  staff: Staff,
  input: { title: string; type: ArticleFields["type"]; edition?: Edition },
  start: { translationOfId: string; standfirst: string; body: object } | null,
): Promise<ActionResult<{ id: string }>> {
  if (input.type === "PAGE" && !can(staff.role, "page.manage"))
    return denied("create static pages");
  const create = (pick: (tx: Tx) => Promise<string>) =>
    db.$transaction(async (tx) => {
      const slug = await pick(tx);
      const created = await tx.article.create({
        data: {
          slug,
          title: input.title,
          type: input.type,
          edition: input.edition ?? "en",
          translationOfId: start?.translationOfId,
          standfirst: start?.standfirst,
          body: start?.body ?? emptyDocument,
          createdById: staff.id,
          updatedById: staff.id,
          authors: staff.authorId
            ? { create: { authorId: staff.authorId, position: 0 } }
            : undefined,
          routes: { create: { slug } },
          // A live blog has its live state from the start, before any update.
          liveBlog: input.type === "LIVE_BLOG" ? { create: {} } : undefined,
        },
        select: { id: true },
      });
      await writeAudit(tx, staff, "article.create", created.id);
      return created;
    });
  const article = await create((tx) => firstSlugFor(tx, input.title)).catch((error: unknown) => {
    // Someone took the headline's address at the same moment.
    if (isUniqueViolation(error)) return create(async () => provisionalSlug(input.title));
    throw error;
  });
  return ok({ id: article.id });
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);
const sameSet = (a: string[], b: string[]) => sameList([...a].sort(), [...b].sort());

/**
 * Saves the writer's copy. The save names the version it started from and
 * is refused with the newer version when someone else saved in between, so
 * no edit is ever overwritten silently.
 */
export async function saveArticle(
  staff: Staff,
  input: {
    id: string;
    version: number;
    mode: "autosave" | "save";
    fields: ArticleFields;
    substantive?: boolean;
  },
  /**
   * How the revision is recorded. A restore (lib/articles/revisions/restore.ts)
   * saves through here so validation, slug moves, search columns, join tables
   * and the cache refresh happen in one place, but is kept as a RESTORE.
   */
  recording: { kind: "RESTORE"; restoredFromVersion: number; notes: string[] } | null = null,
): Promise<SaveResult> {
  const { fields } = input;
  const result = await db
    .$transaction(async (tx): Promise<SaveResult> => {
      const state = await loadArticleState(tx, input.id);
      if (!state) return notFound("This article");
      const context = contextFor(staff, state);
      if (!can(staff.role, "article.edit", context)) return denied("edit this article");
      if (state.version !== input.version) return conflict(state);

      const before = fieldsOf(state);
      if (
        (before.type === "PAGE") !== (fields.type === "PAGE") &&
        !can(staff.role, "page.manage")
      ) {
        return denied("turn articles into static pages or back");
      }
      if (!sameSet(before.tagIds, fields.tagIds) && !can(staff.role, "article.setTags", context)) {
        return denied("change this article's tags");
      }
      if (
        (before.featured !== fields.featured || before.editorsPick !== fields.editorsPick) &&
        !can(staff.role, "article.setFlags", context)
      ) {
        return denied("feature articles or choose Editors' Picks");
      }

      if (
        !sameList(before.authorIds, fields.authorIds) &&
        !can(staff.role, "article.setBylines", context) &&
        !(await isOwnBylineChange(tx, staff, before.authorIds, fields.authorIds))
      ) {
        return denied("credit or uncredit colleagues; ask an editor to change the bylines");
      }

      const references = await resolveReferences(tx, fields, state.id);
      if (!references.ok) return invalid(references.fieldErrors);
      if (fields.slug !== state.slug) {
        const problem = await slugAvailability(tx, fields.slug, state.id);
        if (problem) return invalid({ slug: problem });
      }

      const version = state.version + 1;
      // Only a deliberate save of a live article can be a substantive update;
      // an ordinary save never moves "Updated" or dateModified.
      const substantiveAt =
        input.substantive && input.mode === "save" && state.status === "PUBLISHED"
          ? new Date()
          : null;
      // The version in the WHERE makes the check and the write one step: of two
      // saves from the same version, the second finds no row and gets a conflict.
      const written = await tx.article.updateMany({
        where: { id: state.id, version: state.version },
        data: {
          title: fields.title,
          slug: fields.slug,
          standfirst: fields.standfirst,
          type: fields.type,
          sectionId: fields.sectionId,
          heroImageId: fields.heroImageId,
          heroAlt: fields.heroAlt,
          heroCaption: fields.heroCaption,
          heroCredit: fields.heroCredit,
          seoTitle: fields.seoTitle,
          seoDescription: fields.seoDescription,
          seoImageId: fields.seoImageId,
          featured: fields.featured,
          editorsPick: fields.editorsPick,
          body: fields.body,
          wordCount: countWords(documentText(fields.body)),
          ...buildSearchColumns({
            body: fields.body,
            ...references.value,
            updates: fields.type === "LIVE_BLOG" ? await searchedUpdates(tx, state.id) : [],
          }),
          version,
          updatedById: staff.id,
          ...(substantiveAt ? { substantiveUpdatedAt: substantiveAt } : {}),
        },
      });
      if (written.count === 0) {
        const latest = await loadArticleState(tx, state.id);
        return latest ? conflict(latest) : notFound("This article");
      }

      await moveSlug(tx, state, fields.slug);
      if (fields.type === "LIVE_BLOG" && before.type !== "LIVE_BLOG") {
        // Made a live blog by a change of type: it starts live, as a new one does.
        await tx.liveBlog.upsert({
          where: { articleId: state.id },
          create: { articleId: state.id },
          update: {},
        });
      }
      const mirror = state.status === "PUBLISHED" ? state.publishedAt : null;
      if (!sameList(before.authorIds, fields.authorIds)) {
        await tx.articleAuthor.deleteMany({ where: { articleId: state.id } });
        await tx.articleAuthor.createMany({
          data: fields.authorIds.map((authorId, position) => ({
            articleId: state.id,
            authorId,
            position,
            publishedAt: mirror,
          })),
        });
      }
      if (!sameList(before.tagIds, fields.tagIds)) {
        await tx.articleTag.deleteMany({ where: { articleId: state.id } });
        await tx.articleTag.createMany({
          data: fields.tagIds.map((tagId, position) => ({
            articleId: state.id,
            tagId,
            position,
            publishedAt: mirror,
          })),
        });
      }
      await recordRevision(
        tx,
        staff,
        state.id,
        version,
        recording?.kind ?? (input.mode === "autosave" ? "AUTOSAVE" : "SAVE"),
        fields,
        recording?.restoredFromVersion ?? null,
      );
      if (recording) {
        await writeAudit(tx, staff, "article.restore", state.id, {
          version,
          restoredFromVersion: recording.restoredFromVersion,
          notes: recording.notes,
        });
      } else if (input.mode === "save") {
        await writeAudit(tx, staff, "article.save", state.id, { version });
      }
      if (substantiveAt) {
        await writeAudit(tx, staff, "article.substantive-update", state.id, {
          version,
          at: substantiveAt.toISOString(),
        });
      }
      // A substantive update, and a restore of a live article (which can
      // bring back another headline or body), is read aloud again if what is
      // read changed; an ordinary save, a typo fix, never makes new audio.
      if (substantiveAt || (recording && state.status === "PUBLISHED")) {
        await queueNarration(tx, { articleId: state.id, version, ...fields });
      }

      // Drafts appear nowhere public; only a published article's pages
      // change, in its old places and its new, and a linked card elsewhere
      // may show its new headline.
      if (state.status === "PUBLISHED") {
        const before = placesOf(state);
        await invalidate(
          tx,
          articleChangeTags({
            id: state.id,
            slugs: [...before.slugs, fields.slug],
            sectionIds: [...before.sectionIds, fields.sectionId],
            tagIds: [...before.tagIds, ...fields.tagIds],
            authorIds: [...before.authorIds, ...fields.authorIds],
            translationOfId: before.translationOfId,
          }),
        );
      }
      return ok({
        id: state.id,
        version,
        slug: fields.slug,
        status: state.status,
        savedAt: new Date().toISOString(),
      });
    })
    .catch((error: unknown): SaveResult => {
      // Another save took the slug between the check and the write.
      if (isUniqueViolation(error))
        return invalid({ slug: "Another article just took this address." });
      throw error;
    });
  return result;
}

export function conflict(state: Parameters<typeof conflictOf>[0]) {
  return {
    ok: false as const,
    code: "conflict" as const,
    error: "Someone else saved this article after you opened it.",
    conflict: conflictOf(state),
  };
}

/**
 * Writers who may not set bylines freely may still order them and add or
 * remove guest contributors, but keep their own byline and cannot put a
 * colleague's name on their work or take it off.
 */
async function isOwnBylineChange(
  tx: Tx,
  staff: Staff,
  before: string[],
  after: string[],
): Promise<boolean> {
  if (staff.authorId && before.includes(staff.authorId) && !after.includes(staff.authorId)) {
    return false;
  }
  const changed = [
    ...after.filter((id) => !before.includes(id)),
    ...before.filter((id) => !after.includes(id)),
  ].filter((id) => id !== staff.authorId);
  if (!changed.length) return true;
  const colleagues = await tx.author.count({
    where: { id: { in: changed }, staffUserId: { not: null } },
  });
  return colleagues === 0;
}
