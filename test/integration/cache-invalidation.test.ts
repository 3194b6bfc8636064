import { afterEach, describe, expect, it } from "vitest";
import { cached } from "@/lib/cache/data-cache";
import {
  INVALIDATION_CHANNEL,
  invalidate,
  invalidationPayload,
  parseInvalidationPayload,
} from "@/lib/cache/invalidate";
import { startInvalidationListener } from "@/lib/cache/listener";
import { lastInvalidated } from "@/lib/cache/tag-clock";
import { getDbInstance } from "@/lib/db/instance";
import { testDb } from "./database";

// Runs on PGlite and on PostgreSQL: both carry LISTEN/NOTIFY, PGlite within
// its one process, PostgreSQL between every app server and the worker.
const { connection } = getDbInstance();
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rowsWith = (tag: string) =>
  testDb().$queryRaw<{ id: bigint }[]>`
    SELECT "id" FROM "CacheInvalidation" WHERE ${tag} = ANY("tags")`;

describe("a change's cache invalidation", () => {
  it("is written and announced with the change's transaction, exactly when it commits", async () => {
    const heard: string[][] = [];
    stops.push(
      await connection.listen(INVALIDATION_CHANNEL, (payload) => {
        heard.push(parseInvalidationPayload(payload)?.tags ?? []);
      }),
    );
    await testDb().$transaction(async (tx) => {
      await invalidate(tx, ["article:committed", "feed", "feed"]);
      // Not before the commit.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual([]);
    });
    await until(() => heard.length > 0, "the notification");
    expect(heard[0]).toEqual(["article:committed", "feed"]);
    expect(await rowsWith("article:committed")).toHaveLength(1);
  });

  it("leaves no trace when the change rolls back", async () => {
    const heard: string[] = [];
    stops.push(await connection.listen(INVALIDATION_CHANNEL, (payload) => heard.push(payload)));
    await expect(
      testDb().$transaction(async (tx) => {
        await invalidate(tx, ["article:rolled-back"]);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.filter((payload) => payload.includes("rolled-back"))).toEqual([]);
    expect(await rowsWith("article:rolled-back")).toHaveLength(0);
  });

  it("fits PostgreSQL's payload limit however many tags a change has", () => {
    const tags = Array.from({ length: 2_000 }, (_, i) => `article:${"x".repeat(20)}${i}`);
    const payload = invalidationPayload("42", tags);
    expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(parseInvalidationPayload(payload)).toEqual({ id: "42", tags: null });
    expect(parseInvalidationPayload("nonsense")).toBeNull();
    expect(parseInvalidationPayload('{"id":"x","tags":[]}')).toBeNull();
  });
});

describe("an app server's listener", () => {
  it("applies another process's change to its data and its pages", async () => {
    stops.push(await startInvalidationListener(connection));
    let loads = 0;
    const read = () =>
      cached("listener-test", 60_000, async () => ({ value: ++loads, tags: ["section:far"] }));
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    // Another process: a row and its notification, not through this process's cache.
    const before = Date.now();
    const [row] = await testDb().$queryRaw<{ id: bigint }[]>`
      INSERT INTO "CacheInvalidation" ("tags", "purgeStatus")
      VALUES (ARRAY['section:far']::text[], 'NONE') RETURNING "id"`;
    await connection.sql.query("SELECT pg_notify($1, $2)", [
      INVALIDATION_CHANNEL,
      invalidationPayload(String(row!.id), ["section:far"]),
    ]);
    await until(() => lastInvalidated(["section:far"]) >= before, "the invalidation");
    expect(await read()).toBe(2);
  });

  it("reads the tags from the row when they did not fit in the notification", async () => {
    stops.push(await startInvalidationListener(connection));
    const before = Date.now();
    const [row] = await testDb().$queryRaw<{ id: bigint }[]>`
      INSERT INTO "CacheInvalidation" ("tags", "purgeStatus")
      VALUES (ARRAY['tag:large']::text[], 'NONE') RETURNING "id"`;
    await connection.sql.query("SELECT pg_notify($1, $2)", [
      INVALIDATION_CHANNEL,
      JSON.stringify({ id: String(row!.id) }),
    ]);
    await until(() => lastInvalidated(["tag:large"]) >= before, "the invalidation");
  });

  it("stops listening when asked", async () => {
    const stop = await startInvalidationListener(connection);
    await stop();
    const before = Date.now();
    await connection.sql.query("SELECT pg_notify($1, $2)", [
      INVALIDATION_CHANNEL,
      invalidationPayload("999999", ["tag:after-stop"]),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lastInvalidated(["tag:after-stop"])).toBeLessThan(before);
  });
});

// PGlite lives in this process and cannot lose a notification or a connection.
const onPostgres = connection.config.kind === "postgres";
if (onPostgres)
  describe("an app server's listener on PostgreSQL", () => {
    it("finds a change whose notification was lost within a second", async () => {
      stops.push(await startInvalidationListener(connection));
      const before = Date.now();
      // Written, never announced.
      await testDb().$executeRaw`
        INSERT INTO "CacheInvalidation" ("tags", "purgeStatus")
        VALUES (ARRAY['author:unannounced']::text[], 'NONE')`;
      await until(() => lastInvalidated(["author:unannounced"]) >= before, "the poll", 1_000);
    });

    it("treats every page as stale after losing its connection, and listens again", async () => {
      stops.push(await startInvalidationListener(connection));
      const before = Date.now();
      // The database drops the listening session, as a restart would.
      await connection.sql.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      );
      await until(() => lastInvalidated(["anything:at-all"]) >= before, "the reconnect", 10_000);
      // Listening again: a new change arrives by notification.
      const after = Date.now();
      await testDb().$transaction((tx) => invalidate(tx, ["article:after-reconnect"]));
      await until(() => lastInvalidated(["article:after-reconnect"]) >= after, "the change");
    });
  });
