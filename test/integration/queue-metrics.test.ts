import { beforeEach, describe, expect, it } from "vitest";
import { processWorker } from "@/lib/jobs/process-worker";
import { collectQueueStats } from "@/lib/jobs/queue-stats";
import { queueEmail } from "@/lib/mail/outbox";
import { metrics, scrape } from "@/lib/server/metrics";
import { testDb, truncateAll } from "./database";
import { createDraftIssue, createNewsletter, subscribeMany } from "./newsletter-issues-support";
import { createReadyArticle } from "./scheduling-fixtures";

const db = testDb();
const ago = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

beforeEach(async () => {
  await truncateAll();
});

async function email(to: string) {
  return queueEmail(db, {
    to,
    from: "Desk <desk@gazette.example>",
    subject: "Hello",
    html: "<p>Hello</p>",
    text: "Hello",
  });
}

describe("queue metrics", () => {
  it("count what is due or running in each queue, and how long the oldest has waited", async () => {
    const now = new Date();
    // Publishing: one overdue, one take-down overdue, one in the future (not counted).
    await createReadyArticle({ status: "SCHEDULED", scheduledAt: ago(now, 120) });
    await createReadyArticle({ status: "PUBLISHED", unpublishAt: ago(now, 30) });
    await createReadyArticle({ status: "SCHEDULED", scheduledAt: ago(now, -3600) });
    // Mail: due 60 s ago, being sent, and waiting for a retry later (not counted).
    const due = await email("due@example.org");
    const sending = await email("sending@example.org");
    const later = await email("later@example.org");
    await db.emailOutbox.update({ where: { id: due.id }, data: { nextAttemptAt: ago(now, 60) } });
    await db.emailOutbox.update({
      where: { id: sending.id },
      data: {
        status: "SENDING",
        nextAttemptAt: ago(now, 10),
        leaseToken: "t",
        leaseExpiresAt: ago(now, -60),
      },
    });
    await db.emailOutbox.update({
      where: { id: later.id },
      data: { nextAttemptAt: ago(now, -600) },
    });
    // Narration: one waiting since 45 s ago.
    const narrated = await createReadyArticle({ status: "PUBLISHED" });
    await db.narration.create({
      data: {
        articleId: narrated.id,
        articleVersion: narrated.version,
        provider: "espeak",
        nextAttemptAt: ago(now, 45),
      },
    });
    // Newsletter batches: five recipients of an issue started 90 s ago.
    const newsletter = await createNewsletter();
    await subscribeMany(newsletter.id, "m", 5, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id, { intro: "Hello" });
    const subscribers = await db.subscriber.findMany({ select: { id: true } });
    await db.issueDelivery.createMany({
      data: subscribers.map((s) => ({
        issueId: issue.id,
        subscriberId: s.id,
        createdAt: ago(now, 90),
      })),
    });

    // Edge purges: one due since 20 s ago, one confirmed already (not counted).
    await db.$executeRaw`
      INSERT INTO "CacheInvalidation" ("tags", "purgeStatus", "createdAt", "nextAttemptAt")
      VALUES (ARRAY['article:a'], 'PENDING', ${ago(now, 20)}, ${ago(now, 20)}),
             (ARRAY['article:b'], 'DONE', ${ago(now, 300)}, ${ago(now, 300)})`;

    const stats = await collectQueueStats(now);
    const byName = Object.fromEntries(stats.map((stat) => [stat.queue, stat]));
    expect(Object.keys(byName).sort()).toEqual([
      "edge-purge",
      "mail",
      "narration",
      "newsletter-batches",
      "scheduled-publishing",
    ]);
    expect(byName["scheduled-publishing"]).toMatchObject({ depth: 2 });
    expect(byName["scheduled-publishing"]!.oldestAgeSeconds).toBeCloseTo(120, 0);
    expect(byName.mail).toMatchObject({ depth: 2 });
    expect(byName.mail!.oldestAgeSeconds).toBeCloseTo(60, 0);
    expect(byName.narration).toMatchObject({ depth: 1 });
    expect(byName.narration!.oldestAgeSeconds).toBeCloseTo(45, 0);
    expect(byName["newsletter-batches"]).toMatchObject({ depth: 5 });
    expect(byName["newsletter-batches"]!.oldestAgeSeconds).toBeCloseTo(90, 0);
    expect(byName["edge-purge"]).toMatchObject({ depth: 1 });
    expect(byName["edge-purge"]!.oldestAgeSeconds).toBeCloseTo(20, 0);
  });

  it("say zero for empty queues", async () => {
    const stats = await collectQueueStats(new Date());
    expect(stats.every((stat) => stat.depth === 0 && stat.oldestAgeSeconds === 0)).toBe(true);
  });

  it("are installed by the server's start-up and reach the /metrics text", async () => {
    await import("@/instrumentation-node");
    // Its worker would deliver the mail below: only the metrics are under test here.
    await processWorker()?.stop();
    await email("waiting@example.org");
    expect(metrics().collectQueues).not.toBeNull();
    const { body } = await scrape();
    expect(body).toMatch(/newsroom_queue_depth\{queue="mail"\} 1/);
    expect(body).toMatch(/newsroom_queue_depth\{queue="scheduled-publishing"\} 0/);
    expect(body).toMatch(/newsroom_queue_oldest_age_seconds\{queue="narration"\} 0/);
  });
});
