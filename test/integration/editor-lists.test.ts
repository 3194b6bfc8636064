import { beforeEach, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { parseEditorListParams } from "@/lib/articles/editor-list-params";
import {
  EDITOR_PAGE_SIZE,
  getDashboard,
  getEditorListOptions,
  listEditorArticles,
} from "@/lib/articles/editor-lists";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection, createStaff } from "./factories";

beforeEach(truncateAll);

const NOW = new Date("2026-11-27T12:00:00Z");
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

type ArticleInput = Parameters<typeof createArticle>[0];

/** An article written by `staff` (creator and byline), saved at `updatedAt`. */
async function articleBy(
  staff: Staff | null,
  input: ArticleInput & { updatedAt?: Date; scheduledAt?: Date; updatedBy?: Staff } = {},
) {
  const { updatedAt, scheduledAt, updatedBy, ...rest } = input;
  const article = await createArticle({
    ...rest,
    authorIds: rest.authorIds ?? (staff?.authorId ? [staff.authorId] : []),
  });
  return testDb().article.update({
    where: { id: article.id },
    data: {
      createdById: staff?.id ?? null,
      updatedById: (updatedBy ?? staff)?.id ?? null,
      scheduledAt: scheduledAt ?? null,
      // Set explicitly so the order does not depend on how fast rows are made.
      updatedAt: updatedAt ?? minutesAgo(1),
    },
  });
}

const list = (staff: Staff, query: Record<string, string> = {}) =>
  listEditorArticles(staff, parseEditorListParams(query), { timeZone: "Europe/Kyiv", now: NOW });
const titles = async (staff: Staff, query: Record<string, string> = {}) =>
  (await list(staff, query)).items.map((item) => item.title);
const panelTitles = (panel: { items: { title: string }[] }) => panel.items.map((i) => i.title);

describe("who sees what", () => {
  it("shows a contributor only their own work, in the dashboard and the list", async () => {
    const mine = await createStaff({ role: "CONTRIBUTOR" });
    const other = await createStaff({ role: "CONTRIBUTOR" });
    const editor = await createStaff({ role: "EDITOR" });
    await articleBy(mine, { title: "My draft", status: "DRAFT" });
    await articleBy(mine, { title: "My submission", status: "IN_REVIEW" });
    await articleBy(other, { title: "Their draft", status: "DRAFT" });
    await articleBy(other, { title: "Their submission", status: "IN_REVIEW" });
    await articleBy(editor, { title: "Editor's story", status: "PUBLISHED" });
    // A byline counts as one's own even when someone else created the article.
    await articleBy(editor, {
      title: "Bylined for me",
      status: "SCHEDULED",
      authorIds: [mine.authorId!],
      scheduledAt: new Date(NOW.getTime() + 3_600_000),
    });

    const dashboard = await getDashboard(mine, NOW);
    expect(panelTitles(dashboard.myDrafts)).toEqual(["My draft"]);
    expect(panelTitles(dashboard.inReview)).toEqual(["My submission"]);
    expect(panelTitles(dashboard.scheduled)).toEqual(["Bylined for me"]);
    expect(dashboard.recentlyPublished).toEqual({ items: [], total: 0 });

    expect((await titles(mine)).sort()).toEqual(["Bylined for me", "My draft", "My submission"]);
    expect((await list(mine)).total).toBe(3);
    expect((await list(mine, { q: "draft" })).total).toBe(1);
    // Filters never widen what one may see.
    expect(await titles(mine, { status: "DRAFT" })).toEqual(["My draft"]);
    expect(await titles(mine, { q: "draft" })).toEqual(["My draft"]);
    expect(await titles(mine, { author: (await authorSlug(other)) ?? "" })).toEqual([]);
  });

  it("shows editors and admins every article, but only their own drafts as 'My drafts'", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const admin = await createStaff({ role: "ADMIN" });
    await articleBy(contributor, { title: "Contributor draft", status: "DRAFT" });
    await articleBy(editor, { title: "Editor draft", status: "DRAFT" });
    await articleBy(null, { title: "About us", status: "PUBLISHED", type: "PAGE" });

    for (const staff of [editor, admin]) {
      expect((await titles(staff)).sort()).toEqual([
        "About us",
        "Contributor draft",
        "Editor draft",
      ]);
      expect((await list(staff, { q: "contributor" })).total).toBe(1);
    }
    expect(panelTitles((await getDashboard(editor, NOW)).myDrafts)).toEqual(["Editor draft"]);
    expect((await getDashboard(admin, NOW)).myDrafts.total).toBe(0);
  });

  it("lists only the bylines of visible work in the author filter", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const guest = await createAuthor({ name: "Guest Writer" });
    await articleBy(contributor, { title: "Mine", status: "DRAFT" });
    await articleBy(editor, { title: "Embargoed", status: "DRAFT", authorIds: [guest.id] });

    const names = async (staff: Staff) =>
      (await getEditorListOptions(staff)).authors.map((a) => a.name);
    expect(await names(contributor)).toEqual([contributor.name]);
    expect((await names(editor)).sort()).toEqual(["Guest Writer", contributor.name].sort());
  });
});

async function authorSlug(staff: Staff) {
  const author = await testDb().author.findUnique({
    where: { id: staff.authorId! },
    select: { slug: true },
  });
  return author?.slug;
}

describe("the dashboard", () => {
  it("orders the scheduled soonest first and flags the overdue", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    await articleBy(editor, {
      title: "Tomorrow",
      status: "SCHEDULED",
      scheduledAt: new Date(NOW.getTime() + 86_400_000),
    });
    await articleBy(editor, { title: "Missed", status: "SCHEDULED", scheduledAt: minutesAgo(5) });
    await articleBy(editor, {
      title: "In an hour",
      status: "SCHEDULED",
      scheduledAt: new Date(NOW.getTime() + 3_600_000),
    });
    // Published on time: its old scheduledAt is history, not a problem.
    await articleBy(editor, {
      title: "Went out",
      status: "PUBLISHED",
      scheduledAt: minutesAgo(60),
    });

    const { scheduled } = await getDashboard(editor, NOW);
    expect(scheduled.items.map((i) => [i.title, i.overdue])).toEqual([
      ["Missed", true],
      ["In an hour", false],
      ["Tomorrow", false],
    ]);
    expect(scheduled.total).toBe(3);
    expect(scheduled.overdue).toBe(1);
    expect((await list(editor, { status: "SCHEDULED" })).items.find((i) => i.overdue)?.title).toBe(
      "Missed",
    );
  });

  it("shows the ten latest published stories, with totals, bylines and who saved last", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const author = await createStaff({ role: "AUTHOR" });
    const section = await createSection({ name: "War" });
    for (let i = 1; i <= 12; i++) {
      await articleBy(author, {
        title: `Story ${i}`,
        publishedAt: minutesAgo(100 - i),
        sectionId: section.id,
        updatedBy: editor,
      });
    }
    // Static pages, however recently published, are not among them.
    await articleBy(editor, { title: "About us", type: "PAGE", publishedAt: minutesAgo(1) });
    const { recentlyPublished } = await getDashboard(editor, NOW);
    expect(recentlyPublished.total).toBe(12);
    expect(panelTitles(recentlyPublished)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Story ${12 - i}`),
    );
    expect(recentlyPublished.items[0]).toMatchObject({
      status: "PUBLISHED",
      section: { name: "War" },
      authors: [author.name],
      updatedBy: editor.name,
    });
  });
});

describe("the article table", () => {
  it("filters by status, type, section (or none), author and 'mine'", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const author = await createStaff({ role: "AUTHOR" });
    const war = await createSection({ slug: "war" });
    const guest = await createAuthor({ slug: "guest-writer" });
    await articleBy(author, { title: "War draft", status: "DRAFT", sectionId: war.id });
    await articleBy(author, { title: "Opinion piece", type: "OPINION", sectionId: war.id });
    await articleBy(editor, { title: "Guest column", authorIds: [guest.id], status: "IN_REVIEW" });
    await articleBy(editor, { title: "Contacts", type: "PAGE" });

    const sorted = async (query: Record<string, string>) => (await titles(editor, query)).sort();
    expect(await sorted({ status: "DRAFT" })).toEqual(["War draft"]);
    expect(await sorted({ status: "IN_REVIEW" })).toEqual(["Guest column"]);
    expect(await sorted({ type: "PAGE" })).toEqual(["Contacts"]);
    expect(await sorted({ type: "OPINION" })).toEqual(["Opinion piece"]);
    expect(await sorted({ section: "war" })).toEqual(["Opinion piece", "War draft"]);
    expect(await sorted({ section: "_none" })).toEqual(["Contacts", "Guest column"]);
    expect(await sorted({ section: "no-such-section" })).toEqual([]);
    expect(await sorted({ author: "guest-writer" })).toEqual(["Guest column"]);
    expect(await sorted({ mine: "1" })).toEqual(["Contacts", "Guest column"]);
    expect(await sorted({ section: "war", status: "PUBLISHED" })).toEqual(["Opinion piece"]);
    // A bad value is ignored, not an error.
    expect(await sorted({ status: "BOGUS" })).toHaveLength(4);
  });

  it("filters by updated or published day in the newsroom's timezone", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    // 23:30 UTC on Nov. 14 is already Nov. 15 in Kyiv.
    await articleBy(editor, {
      title: "Late edit",
      status: "DRAFT",
      updatedAt: new Date("2026-11-14T23:30:00Z"),
    });
    await articleBy(editor, {
      title: "Published on the 10th",
      publishedAt: new Date("2026-11-10T10:00:00Z"),
      updatedAt: new Date("2026-11-20T10:00:00Z"),
    });

    expect(await titles(editor, { from: "2026-11-15", to: "2026-11-15" })).toEqual(["Late edit"]);
    expect(await titles(editor, { to: "2026-11-14" })).toEqual([]);
    expect(await titles(editor, { from: "2026-11-16" })).toEqual(["Published on the 10th"]);
    expect(
      await titles(editor, { dateField: "published", from: "2026-11-10", to: "2026-11-10" }),
    ).toEqual(["Published on the 10th"]);
    // Never published: outside any publication range.
    expect(await titles(editor, { dateField: "published", from: "2026-11-01" })).toEqual([
      "Published on the 10th",
    ]);
  });

  it("searches title, standfirst and body with web-search syntax", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    await articleBy(editor, { title: "Grain corridor reopens", status: "DRAFT" });
    await articleBy(editor, { title: "Night shift", standfirst: "Kharkiv waits out the alarm." });
    await articleBy(editor, {
      title: "Harvest",
      searchText: "Farmers report a late start to the grain harvest near Kherson.",
    });
    await articleBy(editor, { title: "Unrelated" });

    expect((await titles(editor, { q: "grains" })).sort()).toEqual([
      "Grain corridor reopens",
      "Harvest",
    ]);
    expect(await titles(editor, { q: "kharkiv" })).toEqual(["Night shift"]);
    expect(await titles(editor, { q: "grain -corridor" })).toEqual(["Harvest"]);
    expect(await titles(editor, { q: '"late start"' })).toEqual(["Harvest"]);
    expect(await titles(editor, { q: "grain", status: "DRAFT" })).toEqual([
      "Grain corridor reopens",
    ]);
    // Stop words alone match nothing rather than everything.
    expect(await titles(editor, { q: "the" })).toEqual([]);
  });

  it("pages by last update, newest first, without gaps or repeats", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const count = EDITOR_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) {
      await articleBy(editor, { title: `Piece ${i}`, status: "DRAFT", updatedAt: minutesAgo(i) });
    }
    const first = await list(editor);
    const second = await list(editor, { page: "2" });
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(EDITOR_PAGE_SIZE);
    expect(second.items).toHaveLength(5);
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual(
      Array.from({ length: count }, (_, i) => `Piece ${i}`),
    );
    const beyond = await list(editor, { page: "3" });
    expect(beyond).toMatchObject({ items: [], total: count, pageCount: 2 });
  });
});
