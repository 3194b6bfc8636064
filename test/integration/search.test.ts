import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { forgetSearchWindows, newestMatches } from "@/lib/search/candidates";
import { MATCH_END, MATCH_START } from "@/lib/search/highlight";
import { readSearchParams } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { testDb, truncateAll } from "./database";
import { createArticle, createAuthor, createSection } from "./factories";

beforeEach(async () => {
  await truncateAll();
  forgetSearchWindows();
});

const search = (query: Record<string, string>) =>
  searchArticles(readSearchParams(query), "Europe/Kyiv");
const titles = async (query: Record<string, string>) =>
  (await search(query)).hits.map((hit) => hit.article.title);

describe("full-text search", () => {
  it("ranks title matches above body matches and stems words", async () => {
    await createArticle({
      title: "Harvest season begins",
      searchText: "Farmers report a late start to the grain harvest.",
    });
    await createArticle({
      title: "Grain corridor reopens to cargo ships",
      searchText: "Shipping resumed.",
    });
    expect(await titles({ q: "grains" })).toEqual([
      "Grain corridor reopens to cargo ships",
      "Harvest season begins",
    ]);
  });

  it("finds standfirst, body, tag and author words, and highlights the match", async () => {
    await createArticle({
      title: "Night in the shelter",
      standfirst: "Residents of Kharkiv wait out the alarm.",
      searchText: "Families sleep in the metro.",
      searchNames: "Humanitarian aid · Oksana Marchuk",
    });
    for (const q of ["Kharkiv", "humanitarian", "Marchuk"]) {
      expect(await titles({ q }), q).toEqual(["Night in the shelter"]);
    }
    const [hit] = (await search({ q: "Kharkiv" })).hits;
    expect(hit?.snippet).toContain(`${MATCH_START}Kharkiv${MATCH_END}`);
  });

  it("never returns drafts, pages or stories not yet due", async () => {
    await createArticle({ title: "Published reservoir story" });
    await createArticle({ title: "Draft reservoir story", status: "DRAFT" });
    await createArticle({ title: "Reservoir page", type: "PAGE" });
    await createArticle({
      title: "Future reservoir story",
      publishedAt: new Date(Date.now() + 3_600_000),
    });
    expect(await titles({ q: "reservoir" })).toEqual(["Published reservoir story"]);
  });

  it("filters by section, author and date range in the newsroom's timezone", async () => {
    const war = await createSection({ slug: "war-desk" });
    const author = await createAuthor({ slug: "iryna-test" });
    await createArticle({
      title: "Bridge repair in the war section",
      sectionId: war.id,
      publishedAt: new Date("2026-11-10T10:00:00Z"),
    });
    await createArticle({
      title: "Bridge repair by Iryna",
      authorIds: [author.id],
      publishedAt: new Date("2026-11-12T10:00:00Z"),
    });
    // 23:30 UTC on Nov. 14 is already Nov. 15 in Kyiv.
    await createArticle({
      title: "Bridge repair late at night",
      publishedAt: new Date("2026-11-14T23:30:00Z"),
    });

    expect(await titles({ q: "bridge", section: "war-desk" })).toEqual([
      "Bridge repair in the war section",
    ]);
    expect(await titles({ q: "bridge", author: "iryna-test" })).toEqual(["Bridge repair by Iryna"]);
    expect((await titles({ q: "bridge", from: "2026-11-11", to: "2026-11-14" })).sort()).toEqual([
      "Bridge repair by Iryna",
    ]);
    expect(await titles({ q: "bridge", from: "2026-11-15", to: "2026-11-15" })).toEqual([
      "Bridge repair late at night",
    ]);
    expect(await titles({ q: "bridge", section: "no-such-section" })).toEqual([]);
  });

  it("understands quoted phrases and excluded words, and survives nonsense", async () => {
    await createArticle({ title: "Energy grid holds through the frost" });
    await createArticle({ title: "Frost damages the grid in the east" });
    expect(await titles({ q: '"grid holds"' })).toEqual(["Energy grid holds through the frost"]);
    expect(await titles({ q: "grid -east" })).toEqual(["Energy grid holds through the frost"]);
    for (const q of ["zzqxv", "&&&|||!!!", "'\"", "the", "a".repeat(500)]) {
      const result = await search({ q });
      expect(result.hits, q).toEqual([]);
    }
  });

  it("orders by date on request", async () => {
    await createArticle({
      title: "Ferry ferry ferry timetable",
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    await createArticle({ title: "New ferry", searchText: "ferry", publishedAt: new Date() });
    expect(await titles({ q: "ferry" })).toEqual(["Ferry ferry ferry timetable", "New ferry"]);
    expect(await titles({ q: "ferry", sort: "date" })).toEqual([
      "New ferry",
      "Ferry ferry ferry timetable",
    ]);
  });

  it("pages through many results and counts them", async () => {
    for (let i = 0; i < 23; i++) await createArticle({ title: `Convoy update number ${i}` });
    const first = await search({ q: "convoy" });
    const second = await search({ q: "convoy", page: "2" });
    expect(first.total).toBe(23);
    expect(first.hits).toHaveLength(20);
    expect(second.hits).toHaveLength(3);
    const ids = new Set([...first.hits, ...second.hits].map((hit) => hit.article.id));
    expect(ids.size).toBe(23);
  });
});

describe("the newest matches, found in widening windows", () => {
  const matching = (word: string) =>
    Prisma.sql`a."searchVector" @@ websearch_to_tsquery('english'::regconfig, ${word}) AND a."status" = 'PUBLISHED' AND a."publishedAt" <= now()`;

  it("gives the newest matches whichever window holds them", async () => {
    // Newest first: only the 2nd, 6th, 7th and 8th newest mention a ferry.
    const ids: string[] = [];
    for (let i = 1; i <= 8; i++) {
      const article = await createArticle({
        title: [2, 6, 7, 8].includes(i) ? `Ferry story ${i}` : `Bridge story ${i}`,
        publishedAt: new Date(Date.now() - i * 3_600_000),
      });
      ids.push(article.id);
    }
    const newest = (limit: number) =>
      newestMatches(testDb(), matching("ferry"), limit, new Date(), [2, 5]);
    // Found in the first window (the two newest stories): one match in two
    // stories of eight, so about four in all (there are four).
    expect(await newest(1)).toEqual({ ids: [ids[1]], total: { total: 4, kind: "about" } });
    // Both windows hold too few; the whole archive answers, and counts exactly.
    expect(await newest(3)).toEqual({
      ids: [ids[1], ids[5], ids[6]],
      total: { total: 4, kind: "exact" },
    });
    expect(await newest(10)).toEqual({
      ids: [ids[1], ids[5], ids[6], ids[7]],
      total: { total: 4, kind: "exact" },
    });
    // Every story matches: the first window is enough.
    expect(await newestMatches(testDb(), matching("story"), 2, new Date(), [2, 5])).toEqual({
      ids: ids.slice(0, 2),
      total: { total: 8, kind: "about" },
    });
    // None does: every window is searched, and the answer is none.
    expect(await newestMatches(testDb(), matching("tram"), 2, new Date(), [2, 5])).toEqual({
      ids: [],
      total: { total: 0, kind: "exact" },
    });
  });
});
