import { afterEach, describe, expect, it } from "vitest";
import { CACHE_CHANNEL, parseCacheMessage, startCacheBroadcast } from "@/lib/cache/broadcast";
import { cached, invalidateTags } from "@/lib/cache/data-cache";
import { lastInvalidated } from "@/lib/cache/tag-clock";
import { getDbInstance } from "@/lib/db/instance";

// Runs on PGlite and on PostgreSQL: both carry LISTEN/NOTIFY, PGlite within
// its one process, PostgreSQL between every server and `npm run jobs`.
const { connection } = getDbInstance();
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("cache invalidation between processes", () => {
  it("sends this process's invalidations to the others", async () => {
    stops.push(await startCacheBroadcast(connection));
    const heard: string[][] = [];
    stops.push(
      await connection.listen(CACHE_CHANNEL, (payload) => {
        heard.push(parseCacheMessage(payload)?.tags ?? []);
      }),
    );
    invalidateTags(["article:sent-1", "feed"]);
    await until(() => heard.length > 0, "the notification");
    expect(heard[0]).toEqual(["article:sent-1", "feed"]);
  });

  it("applies another process's invalidations to its data and its pages", async () => {
    stops.push(await startCacheBroadcast(connection));
    let loads = 0;
    const read = () =>
      cached("broadcast-test", 60_000, async () => ({ value: ++loads, tags: ["section:far"] }));
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    const before = Date.now();
    await connection.sql.query("SELECT pg_notify($1, $2)", [
      CACHE_CHANNEL,
      JSON.stringify({ origin: "another-server", tags: ["section:far"] }),
    ]);
    await until(() => lastInvalidated(["section:far"]) >= before, "the invalidation");
    expect(await read()).toBe(2);
  });

  it("stops listening when asked", async () => {
    const stop = await startCacheBroadcast(connection);
    await stop();
    const before = Date.now();
    await connection.sql.query("SELECT pg_notify($1, $2)", [
      CACHE_CHANNEL,
      JSON.stringify({ origin: "another-server", tags: ["tag:after-stop"] }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lastInvalidated(["tag:after-stop"])).toBeLessThan(before);
  });
});
