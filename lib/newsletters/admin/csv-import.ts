import "server-only";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { recordAudit, type Tx } from "@/lib/manage/audit";
import type { ImportReport } from "./dto";
import { readSubscriberCsv, type ImportRow, type RowProblem } from "./import-rows";

export const IMPORT_SOURCE = "import";
const SHOWN_PROBLEMS = 200;
const BATCH = 500;

type Outcome = "add" | "already" | "unsubscribed";

/**
 * What importing each address would do. Only an address with no
 * subscription to this newsletter is added; one that unsubscribed from it,
 * or that has left every newsletter it was on, is skipped: an import never
 * signs up again someone who said no.
 */
async function classify(
  tx: Tx,
  newsletterId: string,
  rows: ImportRow[],
): Promise<{ row: ImportRow; outcome: Outcome; note: string }[]> {
  const subscribers = await tx.subscriber.findMany({
    where: { email: { in: rows.map((row) => row.email) } },
    select: { email: true, subscriptions: { select: { newsletterId: true, status: true } } },
  });
  const byEmail = new Map(subscribers.map((s) => [s.email, s.subscriptions]));
  return rows.map((row) => {
    const subscriptions = byEmail.get(row.email) ?? [];
    const here = subscriptions.find((s) => s.newsletterId === newsletterId);
    if (here?.status === "UNSUBSCRIBED") {
      return {
        row,
        outcome: "unsubscribed",
        note: "Unsubscribed from this newsletter; not added.",
      };
    }
    if (here) {
      const note = here.status === "PENDING" ? "Awaiting their confirmation; left as it is." : "";
      return { row, outcome: "already", note };
    }
    if (subscriptions.length && subscriptions.every((s) => s.status === "UNSUBSCRIBED")) {
      return {
        row,
        outcome: "unsubscribed",
        note: "Unsubscribed from every newsletter; not added.",
      };
    }
    return { row, outcome: "add", note: "" };
  });
}

/**
 * Adds the addresses of one batch that `classify` allows. Inserts only:
 * an existing subscription row (an unsubscribe in particular) is never
 * updated, and ON CONFLICT DO NOTHING covers a sign-up or unsubscribe that
 * lands between the check and the insert.
 */
async function addBatch(tx: Tx, newsletterId: string, emails: string[], now: Date) {
  if (!emails.length) return 0;
  await tx.subscriber.createMany({
    data: emails.map((email) => ({ email })),
    skipDuplicates: true,
  });
  const ids = await tx.subscriber.findMany({
    where: { email: { in: emails } },
    select: { id: true },
  });
  const created = await tx.subscription.createMany({
    data: ids.map(({ id }) => ({
      subscriberId: id,
      newsletterId,
      status: "CONFIRMED" as const,
      source: IMPORT_SOURCE,
      confirmedAt: now,
    })),
    skipDuplicates: true,
  });
  return created.count;
}

/**
 * Previews (`commit: false`) or runs an import of a CSV of addresses into
 * one newsletter as confirmed subscribers, reporting what happened to every
 * row. The audit row keeps the counts, not the addresses.
 */
export async function importSubscribers(
  staff: Staff,
  input: { newsletterId: string; text: string; commit: boolean },
): Promise<ActionResult<ImportReport>> {
  if (!input.newsletterId) {
    return invalid({ newsletterId: "Choose the newsletter to import into." });
  }
  const newsletter = await db.newsletter.findUnique({
    where: { id: input.newsletterId },
    select: { id: true, name: true },
  });
  if (!newsletter) return notFound("That newsletter");
  const file = readSubscriberCsv(input.text);
  if (!file.ok) return invalid({ file: file.error }, file.error);

  const report: ImportReport = {
    imported: input.commit,
    newsletterName: newsletter.name,
    added: 0,
    alreadySubscribed: 0,
    skippedUnsubscribed: 0,
    invalid: file.invalid.length,
    duplicates: file.duplicates.length,
    problems: [],
  };
  const skipped: RowProblem[] = [];
  const now = new Date();
  const run = async (tx: Tx) => {
    for (let start = 0; start < file.rows.length; start += BATCH) {
      const rows = file.rows.slice(start, start + BATCH);
      const outcomes = await classify(tx, newsletter.id, rows);
      const toAdd = outcomes.filter((o) => o.outcome === "add").map((o) => o.row.email);
      const added = input.commit ? await addBatch(tx, newsletter.id, toAdd, now) : toAdd.length;
      report.added += added;
      // Lost a race to a sign-up or an unsubscribe: someone is there now.
      report.alreadySubscribed += toAdd.length - added;
      for (const { row, outcome, note } of outcomes) {
        if (outcome === "already") report.alreadySubscribed++;
        if (outcome === "unsubscribed") report.skippedUnsubscribed++;
        if (note) skipped.push({ line: row.line, value: row.email, message: note });
      }
    }
  };

  if (!input.commit) {
    await run(db);
  } else {
    // All or nothing, with its audit row: a failed import leaves no half list.
    await db.$transaction(
      async (tx) => {
        await run(tx);
        await recordAudit(tx, {
          actorId: staff.id,
          action: "subscriber.import",
          entityType: "newsletter",
          entityId: newsletter.id,
          data: {
            added: report.added,
            alreadySubscribed: report.alreadySubscribed,
            skippedUnsubscribed: report.skippedUnsubscribed,
            invalid: report.invalid,
            duplicates: report.duplicates,
          },
        });
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  }
  report.problems = [...file.invalid, ...file.duplicates, ...skipped]
    .sort((a, b) => a.line - b.line)
    .slice(0, SHOWN_PROBLEMS);
  return ok(report);
}
