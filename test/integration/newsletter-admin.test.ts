import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { createNewsletterAction, updateNewsletterAction } from "@/lib/newsletters/admin/actions";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { auditOf } from "./manage-support";
import { getExport, postImport } from "./newsletter-admin-support";
import { createNewsletter, subscribe } from "./newsletter-issues-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const db = testDb();

startEachTestAs("EDITOR");

const subscriptions = () =>
  db.subscription.findMany({
    orderBy: [{ subscriberId: "asc" }, { newsletterId: "asc" }],
    select: {
      status: true,
      source: true,
      newsletterId: true,
      confirmedAt: true,
      unsubscribedAt: true,
      subscriber: { select: { email: true } },
    },
  });

describe("importing subscribers from CSV", () => {
  it("adds only new addresses, never re-subscribes anyone who left, and reports every row", async () => {
    const letter = await createNewsletter();
    const other = await createNewsletter();
    await subscribe(letter.id, "left@example.com", "UNSUBSCRIBED");
    await subscribe(letter.id, "reader@example.com", "CONFIRMED");
    await subscribe(letter.id, "waiting@example.com", "PENDING");
    await subscribe(other.id, "gone-everywhere@example.com", "UNSUBSCRIBED");
    await subscribe(other.id, "elsewhere@example.com", "CONFIRMED");
    const csv = [
      "Email Address,First Name",
      "LEFT@example.com,Lena",
      "reader@example.com,Ray",
      "waiting@example.com,Wen",
      "gone-everywhere@example.com,Gus",
      "elsewhere@example.com,Eli",
      "new.one@example.com,Nia",
      "not-an-address,Nobody",
      "new.two@example.com,Ned",
      "New.One@example.com,Nia again",
    ].join("\r\n");

    const before = await subscriptions();
    const preview = await postImport(letter.id, csv, "preview");
    expect(preview.status).toBe(200);
    const counts = {
      added: 3,
      alreadySubscribed: 2,
      skippedUnsubscribed: 2,
      invalid: 1,
      duplicates: 1,
    };
    expect(preview.body.data).toMatchObject({ imported: false, ...counts });
    expect(preview.body.data.problems).toEqual([
      {
        line: 2,
        value: "left@example.com",
        message: "Unsubscribed from this newsletter; not added.",
      },
      {
        line: 4,
        value: "waiting@example.com",
        message: "Awaiting their confirmation; left as it is.",
      },
      {
        line: 5,
        value: "gone-everywhere@example.com",
        message: "Unsubscribed from every newsletter; not added.",
      },
      { line: 8, value: "not-an-address", message: "Not an email address." },
      { line: 10, value: "New.One@example.com", message: "Already on line 7; imported once." },
    ]);
    // A preview writes nothing.
    expect(await subscriptions()).toEqual(before);

    const done = await postImport(letter.id, csv, "import");
    expect(done.body.data).toMatchObject({ imported: true, ...counts });
    const after = await subscriptions();
    const on = (email: string) =>
      after.find((s) => s.subscriber.email === email && s.newsletterId === letter.id);
    expect(on("left@example.com")).toMatchObject({ status: "UNSUBSCRIBED" });
    expect(on("waiting@example.com")).toMatchObject({
      status: "PENDING",
      source: "article-footer",
    });
    expect(on("gone-everywhere@example.com")).toBeUndefined();
    for (const email of ["elsewhere@example.com", "new.one@example.com", "new.two@example.com"]) {
      expect(on(email), email).toMatchObject({ status: "CONFIRMED", source: "import" });
      expect(on(email)?.confirmedAt).toBeInstanceOf(Date);
    }
    const [audit] = await auditOf("newsletter", letter.id);
    expect(audit).toMatchObject({ action: "subscriber.import", data: counts });

    // The same file again adds nobody.
    const again = await postImport(letter.id, csv, "import");
    expect(again.body.data).toMatchObject({ added: 0, alreadySubscribed: 5 });
  });

  it("refuses an unreadable file or a missing newsletter with a clear message", async () => {
    const letter = await createNewsletter();
    const broken = await postImport(letter.id, 'email\n"unterminated@example.com\n', "import");
    expect(broken.status).toBe(400);
    expect(broken.body.fieldErrors.file).toMatch(/not valid CSV/);
    const noColumn = await postImport(letter.id, "name\nOlena\n", "preview");
    expect(noColumn.body.error).toMatch(/No email column/);
    const noLetter = await postImport("", "email\na@example.com\n", "preview");
    expect(noLetter.body.fieldErrors).toEqual({
      newsletterId: "Choose the newsletter to import into.",
    });
    expect(await db.subscriber.count()).toBe(0);
  });
});

describe("exporting subscribers as CSV", () => {
  async function download(search = "") {
    const response = await getExport(search);
    return { response, rows: parse(await response.text()) as string[][] };
  }

  it("streams every matching subscription with formula cells made harmless", async () => {
    const letter = await createNewsletter();
    const other = await createNewsletter();
    await subscribe(letter.id, "=2+5@example.com", "CONFIRMED", "@SUM(A1)");
    await subscribe(letter.id, "-lena@example.com", "UNSUBSCRIBED", "+import");
    await subscribe(other.id, "plain@example.com", "PENDING", "article-footer");

    const { response, rows } = await download();
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="/);
    expect(rows[0]).toEqual([
      "email",
      "newsletter",
      "status",
      "subscribed_at",
      "confirmed_at",
      "unsubscribed_at",
      "source",
    ]);
    expect(rows).toHaveLength(4);
    const byEmail = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byEmail.get("'=2+5@example.com")).toMatchObject({
      1: letter.slug,
      2: "confirmed",
      6: "'@SUM(A1)",
    });
    expect(byEmail.get("'-lena@example.com")?.[6]).toBe("'+import");
    expect(byEmail.get("'-lena@example.com")?.[5]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(byEmail.get("plain@example.com")?.[6]).toBe("article-footer");
    // No cell a spreadsheet would run.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const filtered = await download(`?newsletter=${other.id}&status=PENDING`);
    expect(filtered.rows.slice(1).map((row) => row[0])).toEqual(["plain@example.com"]);
    const audit = await db.auditLog.findMany({ where: { action: "subscriber.export" } });
    expect(audit.map((row) => row.data)).toEqual([
      { query: "", status: "", rows: 3 },
      { query: "", status: "PENDING", rows: 1 },
    ]);
  });
});

describe("managing newsletters", () => {
  it("creates and edits a newsletter with validation and an audit trail", async () => {
    const invalid = await createNewsletterAction({
      name: " ",
      slug: "",
      description: "",
      cadence: "Weekly",
      senderName: "Desk\r\nBcc: everyone",
      senderEmail: "not-an-address",
      active: true,
      position: 1,
    });
    expect(invalid).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys(invalid.ok ? {} : (invalid.fieldErrors ?? {})).sort()).toEqual([
      "name",
      "senderEmail",
      "senderName",
    ]);
    expect(await db.newsletter.count()).toBe(0);

    const created = await createNewsletterAction({
      name: "Front Line Daily",
      slug: "",
      description: "The day at the front, every evening.",
      cadence: "Daily",
      senderName: "The Front Line Desk",
      senderEmail: "FrontLine@Example.com",
      active: true,
      position: 3,
    });
    expect(created).toEqual({
      ok: true,
      data: { id: expect.any(String), slug: "front-line-daily" },
    });
    const id = created.ok ? created.data.id : "";
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      senderEmail: "frontline@example.com",
      position: 3,
    });

    const taken = await createNewsletterAction({
      name: "Another",
      slug: "front-line-daily",
      description: "",
      cadence: "",
      senderName: "Desk",
      senderEmail: "desk@example.com",
      active: false,
      position: 4,
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });

    const updated = await updateNewsletterAction({
      id,
      name: "Front Line Daily",
      slug: "front-line-daily",
      description: "The day at the front, every evening.",
      cadence: "Weekdays",
      senderName: "The Front Line Desk",
      senderEmail: "frontline@example.com",
      active: false,
      position: 3,
    });
    expect(updated.ok).toBe(true);
    expect(await auditOf("newsletter", id)).toMatchObject([
      { action: "newsletter.create" },
      {
        action: "newsletter.update",
        data: { cadence: { from: "Daily", to: "Weekdays" }, active: { from: true, to: false } },
      },
    ]);
  });
});
