import { clientAddressOf } from "@/lib/server/client-address";
import { beforeEach, describe, expect, it } from "vitest";
import { recordView } from "@/lib/views/record";
import { getMostPopular } from "@/lib/views/queries";
import { testDb, truncateAll } from "./database";
import { createArticle } from "./factories";

beforeEach(truncateAll);

const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
let reader = 0;

function beacon(articleId: string, options: { ip?: string; userAgent?: string } = {}) {
  return new Request("http://localhost/api/views", {
    method: "POST",
    body: JSON.stringify({ articleId }),
    headers: {
      "user-agent": options.userAgent ?? CHROME,
      "x-newsroom-client-address": options.ip ?? `198.51.100.${++reader}`,
    },
  });
}

async function views(articleId: string) {
  const rows = await testDb().viewCount.findMany({ where: { articleId } });
  return rows.reduce((sum, row) => sum + row.views, 0);
}

describe("view counting", () => {
  it("counts a reader once in the window, and each reader separately", async () => {
    const article = await createArticle();
    expect(await recordView(beacon(article.id, { ip: "192.0.2.1" }))).toBe("counted");
    expect(await recordView(beacon(article.id, { ip: "192.0.2.1" }))).toBe("ignored");
    expect(await recordView(beacon(article.id, { ip: "192.0.2.2" }))).toBe("counted");
    expect(await views(article.id)).toBe(2);
  });

  it("ignores bots, junk, drafts and pages", async () => {
    const article = await createArticle();
    const draft = await createArticle({ status: "DRAFT" });
    const page = await createArticle({ type: "PAGE" });
    expect(await recordView(beacon(article.id, { userAgent: "Googlebot/2.1" }))).toBe("ignored");
    expect(await recordView(beacon(draft.id))).toBe("ignored");
    expect(await recordView(beacon(page.id))).toBe("ignored");
    expect(await recordView(beacon("no-such-article"))).toBe("ignored");
    const junk = new Request("http://localhost/api/views", {
      method: "POST",
      body: "<xml>",
      headers: { "user-agent": CHROME },
    });
    expect(await recordView(junk)).toBe("ignored");
    const crossSite = beacon(article.id);
    crossSite.headers.set("sec-fetch-site", "cross-site");
    expect(await recordView(crossSite)).toBe("ignored");
    const huge = new Request("http://localhost/api/views", {
      method: "POST",
      body: JSON.stringify({ articleId: article.id, padding: "x".repeat(10_000) }),
      headers: { "user-agent": CHROME },
    });
    expect(await recordView(huge)).toBe("ignored");
    expect(await testDb().viewCount.count()).toBe(0);
  });

  it("does not let a client pick its own address to be counted again", async () => {
    const article = await createArticle();
    // The app server works the address out; with no trusted proxy, from the socket alone.
    const spoofed = (claimed: string) =>
      beacon(article.id, { ip: clientAddressOf(claimed, "203.0.113.50", 0) });
    expect(await recordView(spoofed("10.0.0.1"))).toBe("counted");
    expect(await recordView(spoofed("10.0.0.2"))).toBe("ignored");
  });
});

describe("most popular", () => {
  it("ranks the last 24 hours, filling a quiet day from the week, never showing drafts", async () => {
    const [a, b, c, d] = [
      await createArticle(),
      await createArticle(),
      await createArticle(),
      await createArticle(),
    ];
    const draft = await createArticle({ status: "DRAFT" });
    const hour = (hoursAgo: number) => {
      const at = new Date(Date.now() - hoursAgo * 3_600_000);
      at.setUTCMinutes(0, 0, 0);
      return at;
    };
    await testDb().viewCount.createMany({
      data: [
        { articleId: a.id, hour: hour(1), views: 5 },
        { articleId: b.id, hour: hour(2), views: 9 },
        { articleId: b.id, hour: hour(30), views: 100 },
        { articleId: c.id, hour: hour(50), views: 40 },
        { articleId: d.id, hour: hour(24 * 10), views: 999 },
        { articleId: draft.id, hour: hour(1), views: 1000 },
      ],
    });
    const top = await getMostPopular(3);
    expect(top.map((article) => article.id)).toEqual([b.id, a.id, c.id]);
  });
});
