import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { documentReferences } from "@/lib/documents/sanitize";
import { publicStoryFilter } from "../rules";
import { conflict, saveArticle } from "../editing/commands";
import { slugAvailability } from "../editing/references";
import { articleFieldsSchema } from "../editing/schemas";
import type { ArticleConflict } from "../editing/dto";
import { contextFor, fieldsOf, loadArticleState } from "../editing/state";
import { stableStringify } from "./body-diff";
import { resolveSnapshots } from "./names";
import { prepareRestoredFields } from "./restore-rules";
import { readSnapshot } from "./snapshot";

export interface RestoredRevision {
  id: string;
  /** The new version the restore made. */
  version: number;
  restoredFromVersion: number;
  /** What could not come back as it was (see prepareRestoredFields). */
  notes: string[];
  /** The new RESTORE revision, and the newest revision before it: what the restore changed. */
  revisionId: string;
  replacedRevisionId: string | null;
}

type RestoreResult = ActionResult<RestoredRevision, ArticleConflict>;

/**
 * Brings an earlier version's fields back as a new version. It is a save:
 * the same permission (article.edit against the article: contributors only
 * their own drafts), the same version check (a restore against a newer
 * version than the person saw is refused with the conflict), and the same
 * write path (saveArticle), recorded as a RESTORE revision that names the
 * version it came from. Nothing is deleted: the current version stays in
 * the history and can itself be restored.
 */
export async function restoreRevision(
  staff: Staff,
  input: { articleId: string; revisionId: string; version: number },
): Promise<RestoreResult> {
  const state = await loadArticleState(db, input.articleId);
  if (!state) return notFound("This article");
  const context = contextFor(staff, state);
  if (!can(staff.role, "article.edit", context)) {
    return denied("restore earlier versions of this article");
  }
  const revision = await db.revision.findFirst({
    where: { id: input.revisionId, articleId: state.id },
    select: { version: true, snapshot: true },
  });
  if (!revision) return notFound("That version");
  if (state.version !== input.version) return conflict(state);

  const current = fieldsOf(state);
  const resolved = await resolveSnapshots([readSnapshot(revision.snapshot)]);
  const target = resolved.fields[0]!;
  const { mediaIds, articleIds } = documentReferences(target.body);
  const imageIds = [target.heroImageId, target.seoImageId, ...mediaIds].filter(
    (id): id is string => !!id,
  );
  const [sections, tags, authors, images, articles, slugTaken] = await Promise.all([
    db.section.findMany({
      where: { id: { in: target.sectionId ? [target.sectionId] : [] } },
      select: { id: true },
    }),
    db.tag.findMany({ where: { id: { in: target.tagIds } }, select: { id: true } }),
    db.author.findMany({ where: { id: { in: target.authorIds } }, select: { id: true } }),
    db.media.findMany({ where: { id: { in: imageIds }, kind: "IMAGE" }, select: { id: true } }),
    // The same rule as a save: cards point at published stories, never at themselves.
    db.article.findMany({
      where: { id: { in: articleIds.filter((id) => id !== state.id) }, ...publicStoryFilter() },
      select: { id: true },
    }),
    target.slug && target.slug !== current.slug
      ? slugAvailability(db, target.slug, state.id)
      : null,
  ]);
  const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
  const prepared = prepareRestoredFields(target, {
    current,
    exists: {
      sections: ids(sections),
      tags: ids(tags),
      authors: ids(authors),
      images: ids(images),
      articles: ids(articles),
    },
    may: {
      setTags: can(staff.role, "article.setTags", context),
      setFlags: can(staff.role, "article.setFlags", context),
      setBylines: can(staff.role, "article.setBylines", context),
      managePages: can(staff.role, "page.manage"),
    },
    slugTaken,
  });

  // Fields that broke a rule added since (a shorter limit, say) are named,
  // not saved: the writer fixes them in the editor instead.
  const parsed = articleFieldsSchema.safeParse(prepared.fields);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      fieldErrors[issue.path.map(String).join(".") || "form"] ??= issue.message;
    }
    return invalid(
      fieldErrors,
      `Version ${revision.version} cannot be restored as it is; copy what you need in the editor.`,
    );
  }
  if (stableStringify(parsed.data) === stableStringify(current)) {
    return invalid({}, `The article already matches version ${revision.version}.`);
  }

  const replaced = await db.revision.findFirst({
    where: { articleId: state.id },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const saved = await saveArticle(
    staff,
    { id: state.id, version: input.version, mode: "save", fields: parsed.data },
    { kind: "RESTORE", restoredFromVersion: revision.version, notes: prepared.notes },
  );
  if (!saved.ok) return saved;
  const created = await db.revision.findUniqueOrThrow({
    where: { articleId_version: { articleId: state.id, version: saved.data.version } },
    select: { id: true },
  });
  return ok({
    id: state.id,
    version: saved.data.version,
    restoredFromVersion: revision.version,
    notes: prepared.notes,
    revisionId: created.id,
    replacedRevisionId: replaced?.id ?? null,
  });
}
