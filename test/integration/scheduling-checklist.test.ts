import { describe, expect, it, vi } from "vitest";
import { publishArticleAction, saveArticleAction } from "@/lib/articles/editing/actions";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import { publishDueArticles } from "@/lib/scheduling/publish-due";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createStaff, storedArticleFields } from "./factories";
import { createImage, createReadyArticle } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs(null);

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** A ready draft, then saved with `change`; returns its id and version. */
async function draftWith(change: (fields: ArticleFields) => Partial<ArticleFields>) {
  const staff = actingStaff()!;
  const article = await createReadyArticle({ authorIds: [staff.authorId!] });
  const { version, ...fields } = await storedArticleFields(article.id);
  const saved = await saveArticleAction({
    id: article.id,
    version,
    mode: "save",
    fields: { ...fields, ...(await Promise.resolve(change(fields))) },
  });
  if (!saved.ok) throw new Error(`${saved.error} ${JSON.stringify(saved.fieldErrors)}`);
  return { id: article.id, version: saved.data.version };
}

async function unchanged(id: string, version: number) {
  const row = await testDb().article.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ version, status: "DRAFT", scheduledAt: null });
}

const MISSING: [string, (fields: ArticleFields) => Partial<ArticleFields>, string[]][] = [
  ["a headline", () => ({ title: "" }), ["title"]],
  ["a section", () => ({ sectionId: null }), ["sectionId"]],
  ["a byline", () => ({ authorIds: [] }), ["authorIds"]],
  ["a standfirst", () => ({ standfirst: "" }), ["standfirst"]],
  ["a long enough standfirst", () => ({ standfirst: "Too short to say much." }), ["standfirst"]],
  ["a short enough standfirst", () => ({ standfirst: "Long. ".repeat(60) }), ["standfirst"]],
  ["a hero image", () => ({ heroImageId: null, heroAlt: "", heroCredit: "" }), ["heroImageId"]],
  [
    "a description for search (an SEO description or a standfirst)",
    () => ({ seoDescription: "", standfirst: "" }),
    ["seoDescription", "standfirst"],
  ],
];

describe("the checklist blocks publishing", () => {
  for (const [what, change, keys] of MISSING) {
    it(`refuses to publish or schedule without ${what}, naming the field`, async () => {
      actAs(await createStaff({ role: "EDITOR" }));
      const { id, version } = await draftWith(change);
      for (const attempt of [
        () => publishArticleAction({ id, version }),
        () => scheduleArticleAction({ id, version, publishAt: inMinutes(30) }),
      ]) {
        const result = await attempt();
        expect(result).toMatchObject({ ok: false, code: "invalid" });
        expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual(keys);
        await unchanged(id, version);
      }
    });
  }

  it("asks for the hero's alt text and credit, taking the library's where the placement has none", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const bare = await createImage({ alt: "", credit: "" });
    const described = await createImage();
    const blank = { heroAlt: "", heroCredit: "" };
    const refused = await draftWith(() => ({ heroImageId: bare.id, ...blank }));
    const result = await publishArticleAction(refused);
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual([
      "heroAlt",
      "heroCredit",
    ]);
    const fallback = await draftWith(() => ({ heroImageId: described.id, ...blank }));
    expect(await publishArticleAction(fallback)).toMatchObject({ ok: true });
  });

  it("needs alt text on every body image, as the public page resolves it", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const bare = await createImage({ alt: "" });
    const described = await createImage({ alt: "A ferry at the pier" });
    const image = (mediaId: string, alt = "") => ({
      type: "image" as const,
      attrs: { mediaId, alt, caption: "", credit: "" },
    });
    const missing = await draftWith(() => ({
      body: { type: "doc", content: [image(described.id), image(bare.id)] },
    }));
    const result = await publishArticleAction(missing);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { body: expect.stringMatching(/alt/) },
    });
    const placed = await draftWith(() => ({
      body: { type: "doc", content: [image(described.id), image(bare.id, "Passengers boarding")] },
    }));
    expect(await publishArticleAction(placed)).toMatchObject({ ok: true });
  });

  it("takes the standfirst as the description when the SEO description is left empty", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const draft = await draftWith(() => ({ seoDescription: "" }));
    expect(await publishArticleAction(draft)).toMatchObject({ ok: true });
  });

  it("asks a static page only for a headline and a standfirst", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const page = await draftWith(() => ({
      type: "PAGE",
      sectionId: null,
      authorIds: [],
      heroImageId: null,
      heroAlt: "",
      heroCredit: "",
    }));
    expect(await publishArticleAction(page)).toMatchObject({ ok: true });
  });
});

describe("an admin's override", () => {
  it("publishes past failing items with a reason, kept in the audit row", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    actAs(admin);
    const { id, version } = await draftWith(() => ({ authorIds: [], sectionId: null }));
    const tooShort = await publishArticleAction({ id, version, overrideReason: "urgent" });
    expect(tooShort).toMatchObject({
      ok: false,
      fieldErrors: { overrideReason: expect.any(String) },
    });
    await unchanged(id, version);

    const reason = "Breaking news: the section is chosen after the first update.";
    const published = await publishArticleAction({ id, version, overrideReason: reason });
    expect(published).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    const audit = await testDb().auditLog.findFirstOrThrow({
      where: { entityId: id, action: "article.publish" },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      data: expect.objectContaining({
        override: { reason, items: ["section", "bylines"] },
      }),
    });
  });

  it("is an admin's alone, and never covers a missing headline", async () => {
    const reason = "The desk signed this off by phone.";
    for (const role of ["AUTHOR", "EDITOR"] as const) {
      actAs(await createStaff({ role }));
      const { id, version } = await draftWith(() => ({ sectionId: null }));
      expect(await publishArticleAction({ id, version, overrideReason: reason })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(
        await scheduleArticleAction({
          id,
          version,
          publishAt: inMinutes(5),
          overrideReason: reason,
        }),
      ).toMatchObject({ ok: false, code: "forbidden" });
      await unchanged(id, version);
    }
    actAs(await createStaff({ role: "ADMIN" }));
    const untitled = await draftWith(() => ({ title: "" }));
    const refused = await publishArticleAction({ ...untitled, overrideReason: reason });
    expect(refused).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { title: expect.any(String) },
    });
    await unchanged(untitled.id, untitled.version);
  });

  it("schedules past the checklist, and the scheduler honours it for that version only", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    actAs(admin);
    const reason = "Photo desk adds the credit after it goes out.";
    const first = await draftWith(() => ({ sectionId: null }));
    const second = await draftWith(() => ({ sectionId: null }));
    for (const article of [first, second]) {
      const scheduled = await scheduleArticleAction({
        ...article,
        publishAt: inMinutes(1),
        overrideReason: reason,
      });
      expect(scheduled).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
    }
    // The second is edited after it was scheduled: the waiver was not for this text.
    const { version, ...fields } = await storedArticleFields(second.id);
    const edited = await saveArticleAction({
      id: second.id,
      version,
      mode: "save",
      fields: { ...fields, title: "A new headline" },
    });
    expect(edited.ok).toBe(true);

    const report = await publishDueArticles(new Date(Date.now() + 2 * 60_000));
    expect(report.published.map((item) => item.id)).toEqual([first.id]);
    expect(report.held.map((item) => item.id)).toEqual([second.id]);
    const audit = await testDb().auditLog.findFirstOrThrow({
      where: { entityId: first.id, action: "article.publish" },
    });
    expect(audit.data).toMatchObject({ by: "scheduler", override: { reason } });
  });
});

describe("scheduling", () => {
  it("is allowed by role as the permission table says, and a refusal changes nothing", async () => {
    const owner = await createStaff({ role: "AUTHOR" });
    const cases = [
      ["CONTRIBUTOR", true, false],
      ["AUTHOR", true, true],
      ["AUTHOR", false, false],
      ["EDITOR", false, true],
      ["ADMIN", false, true],
    ] as const;
    for (const [role, own, allowed] of cases) {
      const staff = await createStaff({ role });
      const article = await createReadyArticle({
        authorIds: [(own ? staff : owner).authorId!],
      });
      actAs(staff);
      const result = await scheduleArticleAction({
        id: article.id,
        version: article.version,
        publishAt: inMinutes(30),
        unpublishAt: inMinutes(90),
      });
      const label = `${role} ${own ? "own" : "other's"}`;
      if (allowed) {
        expect(result, label).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
      } else {
        expect(result, label).toMatchObject({ ok: false, code: "forbidden" });
        await unchanged(article.id, article.version);
      }
    }
  });

  it("refuses a time that has passed, a take-down before the publication, and a malformed time", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const { id, version } = await draftWith(() => ({}));
    const past = await scheduleArticleAction({ id, version, publishAt: inMinutes(-1) });
    expect(past).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { publishAt: "Choose a time in the future." },
    });
    const backwards = await scheduleArticleAction({
      id,
      version,
      publishAt: inMinutes(60),
      unpublishAt: inMinutes(30),
    });
    expect(backwards).toMatchObject({
      ok: false,
      fieldErrors: { unpublishAt: "The unpublish time must be after the publish time." },
    });
    const malformed = await scheduleArticleAction({ id, version, publishAt: "tomorrow at nine" });
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { publishAt: expect.any(String) } });
    await unchanged(id, version);
    expect(
      await testDb().auditLog.count({ where: { entityId: id, action: "article.schedule" } }),
    ).toBe(0);
  });

  it("records the schedule, and moves a scheduled article to a new time or back to draft", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const { id, version } = await draftWith(() => ({}));
    const first = await scheduleArticleAction({ id, version, publishAt: inMinutes(30) });
    if (!first.ok) throw new Error(first.error);
    const moved = await scheduleArticleAction({
      id,
      version: first.data.version,
      publishAt: inMinutes(45),
      unpublishAt: inMinutes(600),
    });
    expect(moved).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
    const row = await testDb().article.findUniqueOrThrow({ where: { id } });
    expect(row.scheduledAt!.getTime()).toBeGreaterThan(Date.now() + 40 * 60_000);
    expect(row.unpublishAt).not.toBeNull();
    const audit = await testDb().auditLog.findMany({
      where: { entityId: id, action: "article.schedule" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => [entry.actorId, (entry.data as { from: string }).from])).toEqual([
      [editor.id, "DRAFT"],
      [editor.id, "SCHEDULED"],
    ]);
  });
});
