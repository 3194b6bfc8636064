import { randomUUID } from "node:crypto";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { runIssueSending } from "@/lib/newsletters/issues/runner";
import type { SmtpSink } from "../mail/smtp-sink";
import { testDb } from "./database";
import { createArticle } from "./factories";

/** Newsletters, subscribers and issues for the newsletter tests. */

let n = 0;

export async function createNewsletter(overrides: { active?: boolean; name?: string } = {}) {
  n++;
  return testDb().newsletter.create({
    data: {
      slug: `letter-${n}-${randomUUID().slice(0, 6)}`,
      name: overrides.name ?? `The Harbour Letter ${n}`,
      senderName: "The Harbour Desk",
      senderEmail: "letters@harbour.example",
      active: overrides.active ?? true,
      position: n,
    },
  });
}

export type SubscriptionState = "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";

/** A subscriber (created if new) on one newsletter in the given state. */
export async function subscribe(
  newsletterId: string,
  email: string,
  status: SubscriptionState,
  source = "article-footer",
) {
  const db = testDb();
  const subscriber = await db.subscriber.upsert({
    where: { email },
    create: { email },
    update: {},
    select: { id: true },
  });
  await db.subscription.create({
    data: {
      subscriberId: subscriber.id,
      newsletterId,
      status,
      source,
      confirmedAt: status === "PENDING" ? null : new Date(),
      unsubscribedAt: status === "UNSUBSCRIBED" ? new Date() : null,
    },
  });
  return subscriber.id;
}

/** `count` subscribers in one state, addressed reader-<label>-<i>@example.com. */
export async function subscribeMany(
  newsletterId: string,
  label: string,
  count: number,
  status: SubscriptionState,
): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `reader-${label}-${i}@example.com`);
  for (const email of emails) await subscribe(newsletterId, email, status);
  return emails;
}

/** A published story with a hero image that has stored copies. */
export async function createStoryWithImage(title: string) {
  const key = randomUUID().slice(0, 8);
  const media = await testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: `img/${key}.jpg`,
      mimeType: "image/jpeg",
      bytes: 1000,
      width: 2400,
      height: 1600,
      sha256: randomUUID(),
      alt: "Rescuers search the rubble of a school in Kharkiv",
      variants: [
        { width: 960, height: 640, key: `img/${key}-960.jpg`, bytes: 500, mimeType: "image/jpeg" },
        {
          width: 1600,
          height: 1067,
          key: `img/${key}-1600.jpg`,
          bytes: 800,
          mimeType: "image/jpeg",
        },
      ],
    },
  });
  const article = await createArticle({ title, standfirst: `What we know about ${title}.` });
  await testDb().article.update({ where: { id: article.id }, data: { heroImageId: media.id } });
  return { article, media, key };
}

export async function createDraftIssue(
  newsletterId: string,
  overrides: { articleIds?: string[]; intro?: string; subject?: string } = {},
) {
  return testDb().newsletterIssue.create({
    data: {
      newsletterId,
      subject: overrides.subject ?? "Tuesday: the night in Kharkiv",
      intro: overrides.intro ?? "Good morning.\n\nHere is what happened overnight.",
      articleIds: overrides.articleIds ?? [],
    },
  });
}

/**
 * Runs the sender and the outbox until nothing is left to do, as the
 * scheduler's ticks would; returns how many sending runs it took.
 */
export async function sendEverything(sink: SmtpSink, batchSize = 3): Promise<number> {
  let runs = 0;
  for (;;) {
    runs++;
    const { queued } = await runIssueSending(new Date(), { batchSize, budgetMs: 60_000 });
    let delivered = 0;
    for (;;) {
      const report = await deliverDueEmails(new Date(), { smtpUrl: sink.url, batchSize: 50 });
      delivered += report.sent + report.failed + report.retrying;
      if (report.sent + report.failed + report.retrying === 0) break;
    }
    if (queued === 0 && delivered === 0) break;
  }
  // One more run copies the outbox's results back to the deliveries.
  await runIssueSending(new Date(), { batchSize });
  return runs;
}
