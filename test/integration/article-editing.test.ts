import { describe, expect, it, vi } from "vitest";
import {
  createArticleAction,
  publishArticleAction,
  returnToDraftAction,
  saveArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "@/lib/articles/editing/actions";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import { getLatestArticles, listStories } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveRoute } from "@/lib/routing/routes";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createSection, createStaff, createTag, storedArticleFields } from "./factories";
import { readyFieldValues } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs(null);

const paragraph = (text: string): ArticleFields["body"] => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

async function startDraft(title = "Harbour cranes return to work") {
  const created = await createArticleAction({ title, type: "NEWS" });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

describe("writing an article", () => {
  it("creates a draft with the writer's byline, saves fields and keeps a revision", async () => {
    const writer = await createStaff({ role: "CONTRIBUTOR" });
    const section = await createSection();
    actAs(writer);
    const id = await startDraft();
    const start = await storedArticleFields(id);
    expect(start.authorIds).toEqual([writer.authorId]);

    const { version, ...fields } = start;
    const saved = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: {
        ...fields,
        slug: "harbour-cranes",
        sectionId: section.id,
        body: paragraph("Cranes moved at dawn."),
      },
    });
    expect(saved).toMatchObject({
      ok: true,
      data: { version: version + 1, slug: "harbour-cranes" },
    });
    const row = await testDb().article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      slug: "harbour-cranes",
      sectionId: section.id,
      searchText: "Cranes moved at dawn.",
    });
    expect(await testDb().revision.count({ where: { articleId: id } })).toBe(1);
    // A draft's working slug is dropped, not kept as a redirect.
    expect(await testDb().route.findMany({ where: { articleId: id } })).toEqual([
      expect.objectContaining({ slug: "harbour-cranes", canonical: true }),
    ]);
  });

  it("refuses a body that is not a valid document, and changes nothing", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const id = await startDraft();
    const { version, ...fields } = await storedArticleFields(id);
    const hostile = {
      type: "doc",
      content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }],
    } as unknown as ArticleFields["body"];
    const result = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: { ...fields, body: hostile },
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty(["fields.body.content.0.type"]);
    const link = paragraph("x");
    link.content[0] = {
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "click",
          marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
        },
      ],
    };
    expect(
      await saveArticleAction({ id, version, mode: "save", fields: { ...fields, body: link } }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect((await storedArticleFields(id)).version).toBe(version);
  });

  it("refuses a slug another article or a section uses", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const section = await createSection({ slug: "war" });
    const first = await startDraft("First");
    const second = await startDraft("Second");
    const { version, ...fields } = await storedArticleFields(second);
    const taken = (await storedArticleFields(first)).slug;
    for (const slug of [taken, section.slug, "search", "Not A Slug"]) {
      const result = await saveArticleAction({
        id: second,
        version,
        mode: "save",
        fields: { ...fields, slug },
      });
      expect(result, slug).toMatchObject({ ok: false, code: "invalid" });
      expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).join(), slug).toMatch(/slug/);
    }
  });

  it("refuses a save from an older version with the newer one, so neither edit is lost", async () => {
    const first = await createStaff({ role: "EDITOR" });
    const second = await createStaff({ role: "EDITOR" });
    actAs(first);
    const id = await startDraft();
    const { version, ...fields } = await storedArticleFields(id);

    const mine = await saveArticleAction({
      id,
      version,
      mode: "autosave",
      fields: { ...fields, title: "Mine" },
    });
    expect(mine.ok).toBe(true);
    actAs(second);
    const theirs = await saveArticleAction({
      id,
      version,
      mode: "autosave",
      fields: { ...fields, title: "Theirs" },
    });
    expect(theirs).toMatchObject({
      ok: false,
      code: "conflict",
      conflict: { version: version + 1, updatedBy: first.name, fields: { title: "Mine" } },
    });
    expect((await storedArticleFields(id)).title).toBe("Mine");

    // Keeping theirs means saving again from the version they were shown.
    const kept = await saveArticleAction({
      id,
      version: version + 1,
      mode: "save",
      fields: { ...fields, title: "Theirs" },
    });
    expect(kept.ok).toBe(true);
    expect((await storedArticleFields(id)).title).toBe("Theirs");
  });

  it("keeps one saved revision per save and folds a writer's autosaves together", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const id = await startDraft();
    let { version, ...fields } = await storedArticleFields(id);
    for (const [mode, title] of [
      ["autosave", "a"],
      ["autosave", "ab"],
      ["save", "abc"],
      ["autosave", "abcd"],
    ] as const) {
      const result = await saveArticleAction({ id, version, mode, fields: { ...fields, title } });
      if (!result.ok) throw new Error(result.error);
      version = result.data.version;
      fields = { ...fields, title };
    }
    const revisions = await testDb().revision.findMany({
      where: { articleId: id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => [r.kind, (r.snapshot as { title: string }).title])).toEqual([
      ["AUTOSAVE", "ab"],
      ["SAVE", "abc"],
      ["AUTOSAVE", "abcd"],
    ]);
  });
});

describe("the workflow", () => {
  it("runs draft → review → published → unpublished → draft, audited, and the public lists follow", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const section = await createSection();
    const tag = await createTag();
    // Everything the pre-publish checklist asks for (hero, standfirst, SEO).
    const ready = await readyFieldValues(section.id);
    actAs(contributor);
    const id = await startDraft("Ferry timetable restored");
    let { version, ...fields } = await storedArticleFields(id);
    const saved = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: {
        ...fields,
        ...ready,
        slug: "ferry-timetable",
        body: paragraph("The first ferry left at six."),
      },
    });
    if (!saved.ok) throw new Error(saved.error);
    version = saved.data.version;

    const submitted = await submitArticleAction({ id, version });
    // The answer says what the mover may now do: the editor applies it as is.
    expect(submitted).toMatchObject({
      ok: true,
      data: {
        status: "IN_REVIEW",
        allowed: { "article.edit": false, "article.preview": true, "article.publish": false },
        corrections: { canAdd: false },
      },
    });
    version = submitted.ok ? submitted.data.version : version;
    // Submitted work is out of the contributor's hands.
    expect(await publishArticleAction({ id, version })).toMatchObject({
      ok: false,
      code: "forbidden",
    });

    actAs(editor);
    ({ version, ...fields } = await storedArticleFields(id));
    const tagged = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: { ...fields, tagIds: [tag.id] },
    });
    if (!tagged.ok) throw new Error(tagged.error);
    // Read the lists first, so the publish must refresh cached copies.
    expect(await getLatestArticles(5)).toEqual([]);
    expect((await listStories({ kind: "tag", id: tag.id }, null, 5)).stories).toEqual([]);
    const published = await publishArticleAction({ id, version: tagged.data.version });
    expect(published).toMatchObject({
      ok: true,
      data: {
        status: "PUBLISHED",
        allowed: { "article.edit": true, "article.unpublish": true },
        corrections: { canAdd: true, canEdit: true },
      },
    });
    if (!published.ok) return;

    expect((await getPublishedArticle(id))?.title).toBe("Ferry timetable restored");
    expect((await getLatestArticles(5)).map((story) => story.id)).toEqual([id]);
    for (const scope of [
      { kind: "section" as const, id: section.id },
      { kind: "tag" as const, id: tag.id },
      { kind: "author" as const, id: contributor.authorId! },
    ]) {
      expect(
        (await listStories(scope, null, 5)).stories.map((story) => story.id),
        scope.kind,
      ).toEqual([id]);
    }
    expect(await resolveRoute("ferry-timetable")).toEqual({
      kind: "article",
      articleId: id,
      edition: "en",
    });
    const firstPublishedAt = (await testDb().article.findUniqueOrThrow({ where: { id } }))
      .publishedAt;

    const unpublished = await unpublishArticleAction({ id, version: published.data.version });
    expect(unpublished).toMatchObject({ ok: true, data: { status: "UNPUBLISHED" } });
    expect(await getPublishedArticle(id)).toBeNull();
    expect(await getLatestArticles(5)).toEqual([]);
    expect((await listStories({ kind: "tag", id: tag.id }, null, 5)).stories).toEqual([]);
    expect(await resolveRoute("ferry-timetable")).toBeNull();

    if (!unpublished.ok) return;
    const drafted = await returnToDraftAction({ id, version: unpublished.data.version });
    expect(drafted).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    const row = await testDb().article.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt).toEqual(firstPublishedAt);

    const audit = await testDb().auditLog.findMany({
      where: { entityId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["article.create", contributor.id],
      ["article.save", contributor.id],
      ["article.submit", contributor.id],
      ["article.save", editor.id],
      ["article.publish", editor.id],
      ["article.unpublish", editor.id],
      ["article.return-to-draft", editor.id],
    ]);
  });

  it("refreshes the old and the new places when a published article moves section and slug", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const [from, to] = [await createSection(), await createSection()];
    const ready = await readyFieldValues(from.id);
    actAs(editor);
    const id = await startDraft("Moving story");
    let { version, ...fields } = await storedArticleFields(id);
    const saved = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: { ...fields, ...ready, slug: "moving-story" },
    });
    if (!saved.ok) throw new Error(saved.error);
    const published = await publishArticleAction({ id, version: saved.data.version });
    if (!published.ok) throw new Error(published.error);
    expect((await listStories({ kind: "section", id: from.id }, null, 5)).stories).toHaveLength(1);
    expect((await listStories({ kind: "section", id: to.id }, null, 5)).stories).toHaveLength(0);

    ({ version, ...fields } = await storedArticleFields(id));
    const moved = await saveArticleAction({
      id,
      version,
      mode: "save",
      fields: { ...fields, slug: "moved-story", sectionId: to.id, title: "Moved story" },
    });
    expect(moved.ok).toBe(true);
    expect((await listStories({ kind: "section", id: from.id }, null, 5)).stories).toHaveLength(0);
    expect(
      (await listStories({ kind: "section", id: to.id }, null, 5)).stories.map((s) => s.title),
    ).toEqual(["Moved story"]);
    expect(await resolveRoute("moving-story")).toEqual({
      kind: "redirect",
      location: "/moved-story",
    });
  });

  it("refuses to publish from a version the publisher has not seen", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const id = await startDraft();
    const { version, ...fields } = await storedArticleFields(id);
    const saved = await saveArticleAction({
      id,
      version,
      mode: "autosave",
      fields: { ...fields, title: "Newer" },
    });
    expect(saved.ok).toBe(true);
    expect(await publishArticleAction({ id, version })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await testDb().article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("starts a draft only once a working headline is typed", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    for (const title of ["", "   "]) {
      expect(await createArticleAction({ title, type: "NEWS" })).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { title: expect.stringMatching(/working headline/) },
      });
    }
    expect(await testDb().article.count()).toBe(0);
    expect(await testDb().auditLog.count({ where: { action: "article.create" } })).toBe(0);
  });

  it("publishes nothing without a headline and a byline", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const id = await startDraft();
    const { version, ...fields } = await storedArticleFields(id);
    // Drafts save without a headline, so autosave never stops mid-thought.
    // The rest of the checklist is met (scheduling-checklist.test.ts covers each item).
    const saved = await saveArticleAction({
      id,
      version,
      mode: "autosave",
      fields: { ...fields, ...(await readyFieldValues()), title: "", authorIds: [] },
    });
    if (!saved.ok) throw new Error(saved.error);
    const refused = await publishArticleAction({ id, version: saved.data.version });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys(refused.ok ? {} : (refused.fieldErrors ?? {})).sort()).toEqual([
      "authorIds",
      "title",
    ]);
    expect((await testDb().article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("leaves static pages to editors", async () => {
    actAs(await createStaff({ role: "AUTHOR" }));
    expect(await createArticleAction({ title: "About us", type: "PAGE" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const id = await startDraft();
    const { version, ...fields } = await storedArticleFields(id);
    expect(
      await saveArticleAction({ id, version, mode: "save", fields: { ...fields, type: "PAGE" } }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    actAs(await createStaff({ role: "EDITOR" }));
    expect(await createArticleAction({ title: "About us", type: "PAGE" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses every action without a session", async () => {
    actAs(null);
    expect(await createArticleAction({ title: "x", type: "NEWS" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await testDb().article.count()).toBe(0);
  });
});
