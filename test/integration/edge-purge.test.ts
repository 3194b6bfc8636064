import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONFIRM_ROUNDS_MS, LEASE_MS, runEdgePurges } from "@/lib/edge/purge-queue";
import { parseEdgeTargets, purgeAt } from "@/lib/edge/targets";
import { testDb, truncateAll } from "./database";

/** A stand-in for an edge's purge endpoint on 127.0.0.1: records what it is sent. */
async function fakeEdge(status = 200) {
  const received: {
    method: string;
    url: string;
    headers: http.IncomingHttpHeaders;
    body: string;
  }[] = [];
  const edge = { status };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      res.writeHead(edge.status).end(edge.status === 200 ? "Invalidated" : "down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { url, received, edge };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});
beforeEach(async () => {
  await truncateAll();
});

async function change(tags: string[]): Promise<bigint> {
  const [row] = await testDb().$queryRaw<{ id: bigint }[]>`
    INSERT INTO "CacheInvalidation" ("tags", "purgeStatus") VALUES (${tags}::text[], 'PENDING')
    RETURNING "id"`;
  return row!.id;
}

async function stateOf(id: bigint) {
  const [row] = await testDb().$queryRaw<
    {
      purgeStatus: string;
      purgeRound: number;
      edgesDone: string[];
      attempts: number;
      lastError: string;
    }[]
  >`SELECT "purgeStatus"::text, "purgeRound", "edgesDone", "attempts", "lastError"
    FROM "CacheInvalidation" WHERE "id" = ${id}`;
  return row!;
}

const later = (ms: number) => new Date(Date.now() + ms);

describe("edge purges", () => {
  it("soft-purges a change's tags at every Varnish node, then twice more moments later", async () => {
    const [a, b] = [await fakeEdge(), await fakeEdge()];
    const targets = parseEdgeTargets([a.url, b.url]);
    const id = await change(["article:1", "feed"]);
    await change(["section:2"]);
    // One clock for the whole test: "not due yet" must not depend on how
    // fast the machine runs it.
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);

    const [soon, last] = CONFIRM_ROUNDS_MS;
    const first = await runEdgePurges(start, { targets });
    expect(first.sent).toBe(2);
    for (const edge of [a, b]) {
      expect(edge.received).toHaveLength(1);
      expect(edge.received[0]!.method).toBe("PURGE");
      expect(String(edge.received[0]!.headers["xkey-purge"]).split(" ").sort()).toEqual(
        ["article:1", "feed", "section:2"].sort(),
      );
    }
    expect(await stateOf(id)).toMatchObject({ purgeStatus: "PENDING", purgeRound: 1 });

    // Nothing is due until the first confirming purge's time.
    expect((await runEdgePurges(at(soon - 10), { targets })).sent).toBe(0);
    const second = await runEdgePurges(at(soon + 10), { targets });
    expect(second.sent).toBe(2);
    expect(a.received).toHaveLength(2);
    expect(await stateOf(id)).toMatchObject({ purgeStatus: "PENDING", purgeRound: 2 });
    // The last round comes after the app servers' polling interval.
    expect((await runEdgePurges(at(last - 10), { targets })).sent).toBe(0);
    const third = await runEdgePurges(at(last + 20), { targets });
    expect(third.sent).toBe(2);
    expect(a.received).toHaveLength(3);
    expect(b.received).toHaveLength(3);
    expect(await stateOf(id)).toMatchObject({ purgeStatus: "DONE" });
  });

  it("keeps a purge until an edge that was down takes it, and sends it only where it is missing", async () => {
    const up = await fakeEdge();
    const down = await fakeEdge(503);
    const targets = parseEdgeTargets([up.url, down.url]);
    const id = await change(["tag:9"]);

    const failed = await runEdgePurges(new Date(), { targets });
    expect(failed.failed).toBe(1);
    expect(await stateOf(id)).toMatchObject({
      purgeStatus: "PENDING",
      purgeRound: 0,
      edgesDone: [up.url],
      attempts: 1,
      lastError: expect.stringContaining("503"),
    });
    // Still down later: tried again, with a growing pause.
    await runEdgePurges(later(1_000), { targets });
    expect(await stateOf(id)).toMatchObject({ attempts: 2 });

    down.edge.status = 200;
    const recovered = await runEdgePurges(later(5_000), { targets });
    expect(recovered.sent).toBe(1);
    expect(up.received).toHaveLength(1);
    expect(down.received.at(-1)!.headers["xkey-purge"]).toBe("tag:9");
    expect(await stateOf(id)).toMatchObject({ purgeStatus: "PENDING", purgeRound: 1 });
  });

  it("takes back a purge whose sender died mid-way once its lease has run out", async () => {
    const edge = await fakeEdge();
    const targets = parseEdgeTargets([edge.url]);
    const id = await change(["author:3"]);
    // A sender claimed it and vanished.
    await testDb().$executeRaw`
      UPDATE "CacheInvalidation" SET "purgeStatus" = 'SENDING', "leaseToken" = 'gone',
        "leaseExpiresAt" = ${later(LEASE_MS)} WHERE "id" = ${id}`;
    expect((await runEdgePurges(new Date(), { targets })).sent).toBe(0);
    expect((await runEdgePurges(later(LEASE_MS + 1_000), { targets })).sent).toBe(1);
    expect(edge.received).toHaveLength(1);
  });

  it("counts a change due from the moment it is written, by the purger's clock", async () => {
    // The column keeps milliseconds; rounding instead of truncating would put
    // about one row in five half a millisecond in the future.
    const early: number[] = [];
    for (let i = 0; i < 100; i++) {
      const [row] = await testDb().$queryRaw<{ due: Date }[]>`
        INSERT INTO "CacheInvalidation" ("tags") VALUES (${[`article:${i}`]}::text[])
        RETURNING "nextAttemptAt" AS "due"`;
      const now = Date.now();
      if (row!.due.getTime() > now) early.push(i);
    }
    expect(early).toEqual([]);
  });

  it("never purges the same row twice at once from two workers", async () => {
    const edge = await fakeEdge();
    const targets = parseEdgeTargets([edge.url]);
    for (let i = 0; i < 20; i++) await change([`article:${i}`]);
    const runs = await Promise.all([
      runEdgePurges(new Date(), { targets }),
      runEdgePurges(new Date(), { targets }),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(20);
  });
});

describe("CDN purge adapters", () => {
  it("asks Fastly for a soft purge by surrogate key", async () => {
    const api = await fakeEdge();
    await purgeAt(parseEdgeTargets(["fastly://svc123"])[0]!, ["feed", "article:1"], {
      fastlyToken: "t0ken",
      fastlyApi: api.url,
    });
    expect(api.received[0]).toMatchObject({ method: "POST", url: "/service/svc123/purge" });
    expect(api.received[0]!.headers).toMatchObject({
      "fastly-key": "t0ken",
      "fastly-soft-purge": "1",
      "surrogate-key": "feed article:1",
    });
  });

  it("asks Cloudflare to purge by cache tag, thirty tags at a time", async () => {
    const api = await fakeEdge();
    const tags = Array.from({ length: 45 }, (_, i) => `article:${i}`);
    await purgeAt(parseEdgeTargets(["cloudflare://zone9"])[0]!, tags, {
      cloudflareToken: "cf",
      cloudflareApi: api.url,
    });
    expect(api.received.map((r) => r.url)).toEqual([
      "/client/v4/zones/zone9/purge_cache",
      "/client/v4/zones/zone9/purge_cache",
    ]);
    expect(api.received[0]!.headers.authorization).toBe("Bearer cf");
    expect(JSON.parse(api.received[0]!.body).tags).toHaveLength(30);
    expect(JSON.parse(api.received[1]!.body).tags).toHaveLength(15);
  });

  it("says so when a CDN refuses", async () => {
    const api = await fakeEdge(403);
    await expect(
      purgeAt(parseEdgeTargets(["fastly://svc"])[0]!, ["feed"], {
        fastlyToken: "bad",
        fastlyApi: api.url,
      }),
    ).rejects.toThrow(/Fastly answered 403/);
  });
});
