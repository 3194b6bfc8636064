import { describe, expect, it, vi } from "vitest";
import {
  createArticleAction,
  publishArticleAction,
  saveArticleAction,
  unpublishArticleAction,
} from "@/lib/articles/editing/actions";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveRoute } from "@/lib/routing/routes";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import { publishDueArticles } from "@/lib/scheduling/publish-due";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, storedArticleFields } from "./factories";
import { readyFieldValues } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

const HEADLINE = "Winter grain exports resume";

async function start(title: string) {
  const created = await createArticleAction({ title, type: "NEWS" });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

/**
 * Saves what the checklist needs and, optionally, a new headline, leaving
 * the slug as the server has it: what an editor whose script had not run
 * yet, or an older client, sends.
 */
async function fillIn(id: string, title?: string) {
  const { version, ...fields } = await storedArticleFields(id);
  const saved = await saveArticleAction({
    id,
    version,
    mode: "autosave",
    fields: { ...fields, ...(await readyFieldValues()), ...(title ? { title } : {}) },
  });
  if (!saved.ok) throw new Error(saved.error);
  return saved.data.version;
}

async function publish(id: string, version: number) {
  const published = await publishArticleAction({ id, version });
  if (!published.ok) throw new Error(published.error);
  return published.data;
}

const routesOf = (articleId: string) =>
  testDb().route.findMany({
    where: { articleId },
    select: { slug: true, canonical: true },
    orderBy: { slug: "asc" },
  });

describe("the address of a new article", () => {
  it("is the headline typed into the New article form, and stays so when it is published", async () => {
    const id = await start(HEADLINE);
    expect((await storedArticleFields(id)).slug).toBe("winter-grain-exports-resume");

    const published = await publish(id, await fillIn(id));
    expect(published.slug).toBe("winter-grain-exports-resume");
    expect(await resolveRoute("winter-grain-exports-resume")).toEqual({
      kind: "article",
      articleId: id,
      edition: "en",
    });
    expect(await routesOf(id)).toEqual([{ slug: "winter-grain-exports-resume", canonical: true }]);
  });

  it("takes a number when the headline's address is taken, and is provisional only when the headline gives none", async () => {
    await createArticle({ slug: "winter-grain-exports-resume" });
    const second = await start(HEADLINE);
    expect((await storedArticleFields(second)).slug).toBe("winter-grain-exports-resume-2");

    const untitled = await start("???");
    expect((await storedArticleFields(untitled)).slug).toMatch(/^untitled-[0-9a-f]{8}$/);
    const reserved = await start("Search");
    expect((await storedArticleFields(reserved)).slug).toMatch(/^search-[0-9a-f]{8}$/);
    // A long headline's provisional address still fits the slug limit.
    await createArticle({ slug: "a".repeat(120) });
    const long = await start("A".repeat(120));
    expect((await storedArticleFields(long)).slug).toMatch(/^a{111}-[0-9a-f]{8}$/);
  });
});

describe("until the first publication, the address follows the headline", () => {
  it("when the headline reached the server without the slug following it", async () => {
    const id = await start("???");
    const provisional = (await storedArticleFields(id)).slug;
    const version = await fillIn(id, HEADLINE);
    expect((await storedArticleFields(id)).slug).toBe(provisional);

    const published = await publish(id, version);
    expect(published.slug).toBe("winter-grain-exports-resume");
    expect(await getPublishedArticle(id)).toMatchObject({ slug: "winter-grain-exports-resume" });
    // The working address was never public: it is dropped, not redirected.
    expect(await routesOf(id)).toEqual([{ slug: "winter-grain-exports-resume", canonical: true }]);
    expect(await resolveRoute(provisional)).toBeNull();
    const revision = await testDb().revision.findFirstOrThrow({
      where: { articleId: id, kind: "PUBLISH" },
      select: { snapshot: true },
    });
    expect(revision.snapshot).toMatchObject({ slug: "winter-grain-exports-resume" });
  });

  it("when a temporary address from before this rule is still on a draft", async () => {
    const id = await start(HEADLINE);
    await testDb().route.updateMany({
      where: { articleId: id },
      data: { slug: "winter-grain-exports-resume-387ee1a7" },
    });
    await testDb().article.update({
      where: { id },
      data: { slug: "winter-grain-exports-resume-387ee1a7" },
    });
    const published = await publish(id, await fillIn(id));
    expect(published.slug).toBe("winter-grain-exports-resume");
  });

  it("when the scheduler publishes it, settled already when it is scheduled", async () => {
    const id = await start("???");
    const version = await fillIn(id, HEADLINE);
    const scheduled = await scheduleArticleAction({
      id,
      version,
      publishAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(scheduled).toMatchObject({
      ok: true,
      data: { status: "SCHEDULED", slug: "winter-grain-exports-resume" },
    });
    const report = await publishDueArticles(new Date(Date.now() + 120_000));
    expect(report.published).toMatchObject([{ id, slug: "winter-grain-exports-resume" }]);
    expect(await routesOf(id)).toEqual([{ slug: "winter-grain-exports-resume", canonical: true }]);
  });

  it("but an address typed by hand stays, and a taken one gets the next number", async () => {
    const byHand = await start(HEADLINE);
    const { version, ...fields } = await storedArticleFields(byHand);
    const saved = await saveArticleAction({
      id: byHand,
      version,
      mode: "save",
      fields: { ...fields, ...(await readyFieldValues()), slug: "grain-ships-sail" },
    });
    if (!saved.ok) throw new Error(saved.error);
    expect((await publish(byHand, saved.data.version)).slug).toBe("grain-ships-sail");

    const other = await start("???");
    await createArticle({ slug: "winter-grain-exports-resume" });
    expect((await publish(other, await fillIn(other, HEADLINE))).slug).toBe(
      "winter-grain-exports-resume-2",
    );
  });
});

describe("after the first publication", () => {
  it("the address is fixed: a new headline and a republication leave it", async () => {
    const id = await start(HEADLINE);
    const first = await publish(id, await fillIn(id));
    const down = await unpublishArticleAction({ id, version: first.version });
    if (!down.ok) throw new Error(down.error);
    const version = await fillIn(id, "Grain exports stall again");
    expect((await publish(id, version)).slug).toBe("winter-grain-exports-resume");
  });
});
