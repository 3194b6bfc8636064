import { beforeEach, describe, expect, it } from "vitest";
import { defineLeaseQueue } from "@/lib/jobs/lease-queue";
import { queueEmail } from "@/lib/mail/outbox";
import { testDb, truncateAll } from "./database";

/**
 * The shared queue module on a real table (the outbox), through its generic
 * API: what every queue built on it (mail, narration, newsletter batches,
 * edge purges) relies on.
 */
const db = testDb();
const queue = defineLeaseQueue({
  name: "test",
  table: "EmailOutbox",
  status: { waiting: "QUEUED", running: "SENDING", failed: "FAILED" },
  leaseMs: 60_000,
  retry: { maxAttempts: 3, delayMs: (attempts) => attempts * 10_000 },
});
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

async function rows(count: number, dueAt = new Date(Date.now() - 1000)) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const { id } = await queueEmail(db, {
      to: `reader${index}@example.org`,
      from: "Desk <desk@gazette.example>",
      subject: "Hello",
      html: "<p>Hello</p>",
      text: "Hello",
    });
    await db.emailOutbox.update({ where: { id }, data: { nextAttemptAt: dueAt } });
    ids.push(id);
  }
  return ids;
}

const row = (id: string) => db.emailOutbox.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  await truncateAll();
});

describe("a lease queue", () => {
  it("hands each due row to one claimant, oldest first, with its columns", async () => {
    const ids = await rows(5);
    const now = new Date();
    const claims = await Promise.all([
      queue.claim(db, { now, limit: 3, returning: ["toAddress"] }),
      queue.claim(db, { now, limit: 3 }),
    ]);
    const claimed = claims.flat().map((lease) => lease.id);
    expect(claimed.sort()).toEqual([...ids].sort());
    expect(claims[0]![0]!.row.toAddress).toMatch(/^reader\d@example\.org$/);
    expect(await queue.claim(db, { now, limit: 10 })).toEqual([]);
    expect(await row(ids[0]!)).toMatchObject({ status: "SENDING", attempts: 1 });
  });

  it("lets only the holder renew or complete, and takes a lapsed lease back", async () => {
    const [id] = await rows(1);
    const now = new Date();
    const [first] = await queue.claim(db, { now });
    expect(await queue.renew(db, first!, { now: at(now, 30) })).toBe(true);
    expect(first!.expiresAt).toEqual(at(now, 90));
    // Not lapsed at 60 s any more: renewed to 90 s.
    expect(await queue.claim(db, { now: at(now, 61) })).toEqual([]);
    const [second] = await queue.claim(db, { now: at(now, 91) });
    expect(second).toMatchObject({ id, attempts: 2 });
    expect(await queue.renew(db, first!, { now: at(now, 92) })).toBe(false);
    expect(await queue.complete(db, first!, { status: "SENT" })).toBe(false);
    expect(await queue.complete(db, second!, { status: "SENT", set: { messageId: "<m>" } })).toBe(
      true,
    );
    expect(await row(id!)).toMatchObject({
      status: "SENT",
      messageId: "<m>",
      leaseToken: null,
      leaseExpiresAt: null,
    });
  });

  it("retries after the backoff and gives up after the last attempt, or at once when told", async () => {
    const [id] = await rows(1);
    let now = new Date();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [lease] = await queue.claim(db, { now });
      expect(lease).toMatchObject({ id, attempts: attempt });
      const outcome = await queue.fail(db, lease!, { now, error: `try ${attempt}` });
      if (attempt < 3) {
        expect(outcome).toEqual({ kind: "retry", at: at(now, attempt * 10) });
        expect(await queue.claim(db, { now: at(now, attempt * 10 - 1) })).toEqual([]);
        now = at(now, attempt * 10);
      } else {
        expect(outcome).toEqual({ kind: "failed" });
      }
    }
    expect(await row(id!)).toMatchObject({ status: "FAILED", attempts: 3, lastError: "try 3" });
    await rows(1);
    const [lease] = await queue.claim(db, { now });
    expect(await queue.fail(db, lease!, { now, error: "refused", permanent: true })).toEqual({
      kind: "failed",
    });
  });

  it("puts claimed rows back untried, their attempts not counted", async () => {
    const ids = await rows(3);
    const now = new Date();
    const leases = await queue.claim(db, { now, limit: 3 });
    expect(await queue.release(db, leases.slice(1), { now, at: at(now, 60) })).toBe(2);
    expect(await queue.release(db, leases.slice(1), { now, at: now })).toBe(0);
    const stored = await db.emailOutbox.findMany({ where: { id: { in: ids } } });
    const back = stored.filter((r) => r.status === "QUEUED");
    expect(back).toHaveLength(2);
    expect(
      back.every((r) => r.attempts === 0 && r.nextAttemptAt.getTime() === at(now, 60).getTime()),
    ).toBe(true);
  });

  it("fails a job whose holders kept vanishing, and says when to look next", async () => {
    const [id] = await rows(1);
    const now = new Date();
    let lease;
    for (let attempt = 0; attempt < 3; attempt++) {
      [lease] = await queue.claim(db, { now: at(now, attempt * 61) });
      expect(lease).toBeDefined();
    }
    expect(await queue.nextDueAt(db, at(now, 150))).toEqual(lease!.expiresAt);
    expect(await queue.claim(db, { now: at(now, 300) })).toEqual([]);
    expect(await queue.failAbandoned(db, { now: at(now, 300) })).toBe(1);
    expect(await row(id!)).toMatchObject({ status: "FAILED", lastError: /3 times/ });
    expect(await queue.nextDueAt(db, at(now, 300))).toBeNull();
  });

  it("locks due rows in a transaction for work done inside it; a rollback leaves them due", async () => {
    await rows(4);
    const now = new Date();
    await expect(
      db.$transaction(async (tx) => {
        expect(await queue.lock(tx, { limit: 3, now })).toHaveLength(3);
        throw new Error("crashed mid-batch");
      }),
    ).rejects.toThrow("crashed mid-batch");
    expect(await db.$transaction((tx) => queue.lock(tx, { limit: 10, now }))).toHaveLength(4);
  });

  // PGlite runs one transaction at a time, so only PostgreSQL can show two at once.
  it.skipIf(!process.env.DATABASE_URL)("skips rows another transaction holds", async () => {
    const ids = await rows(4);
    const now = new Date();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstIds: string[] = [];
    const first = db.$transaction(async (tx) => {
      firstIds = await queue.lock(tx, { limit: 2, now });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const secondIds = await db.$transaction((tx) => queue.lock(tx, { limit: 10, now }));
    release();
    await first;
    expect(firstIds).toHaveLength(2);
    expect([...firstIds, ...secondIds].sort()).toEqual([...ids].sort());
  });
});
