import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { createNewsletterAction, updateNewsletterAction } from "@/lib/newsletters/admin/actions";
import {
  cancelIssueSendAction,
  createIssueAction,
  deleteIssueAction,
  searchIssueArticlesAction,
  sendIssueTestAction,
  startIssueSendAction,
  updateIssueAction,
} from "@/lib/newsletters/issues/actions";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import { getExport, postImport } from "./newsletter-admin-support";
import { createDraftIssue, createNewsletter, subscribeMany } from "./newsletter-issues-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const db = testDb();

beforeEach(async () => {
  await truncateAll();
});

/** Everything a newsletter action could write, in a stable order. */
async function newsletterState() {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    newsletters: await db.newsletter.findMany(byId),
    subscribers: await db.subscriber.findMany(byId),
    subscriptions: await db.subscription.findMany(byId),
    issues: await db.newsletterIssue.findMany(byId),
    deliveries: await db.issueDelivery.findMany(byId),
    outbox: await db.emailOutbox.findMany(byId),
    audit: await db.auditLog.findMany(byId),
  };
}

type Outcome = { ok: boolean; code?: string };

/** A route's answer in the actions' terms. */
const fromStatus = (status: number): Outcome =>
  status < 300 ? { ok: true } : { ok: false, code: status === 403 ? "forbidden" : String(status) };

const newsletterInput = (name: string) => ({
  name,
  slug: "",
  description: "",
  cadence: "Weekly",
  senderName: "The Desk",
  senderEmail: "desk@example.com",
  active: true,
  position: 1,
});

async function sendingIssue() {
  const letter = await createNewsletter();
  await subscribeMany(letter.id, `s${Math.random().toString(36).slice(2, 7)}`, 2, "CONFIRMED");
  const issue = await createDraftIssue(letter.id);
  await db.newsletterIssue.update({ where: { id: issue.id }, data: { status: "SENDING" } });
  return issue;
}

/** Every newsletter action, each with what it needs to succeed for an allowed role. */
const ACTIONS: Record<string, () => Promise<() => Promise<Outcome>>> = {
  "create a newsletter": async () => {
    const name = `Kyiv Nights ${Math.random().toString(36).slice(2, 7)}`;
    return () => createNewsletterAction(newsletterInput(name));
  },
  "edit a newsletter": async () => {
    const letter = await createNewsletter();
    return () =>
      updateNewsletterAction({ ...newsletterInput("Renamed"), id: letter.id, slug: letter.slug });
  },
  "write an issue": async () => {
    const letter = await createNewsletter();
    const story = await createArticle({ title: "Grain corridor reopens" });
    return () =>
      createIssueAction({
        newsletterId: letter.id,
        subject: "The corridor",
        intro: "",
        articleIds: [story.id],
      });
  },
  "edit an issue": async () => {
    const issue = await createDraftIssue((await createNewsletter()).id);
    return () =>
      updateIssueAction({ id: issue.id, subject: "New", intro: "Hello.", articleIds: [] });
  },
  "delete a draft issue": async () => {
    const issue = await createDraftIssue((await createNewsletter()).id);
    return () => deleteIssueAction({ id: issue.id });
  },
  "send a test copy": async () => {
    const issue = await createDraftIssue((await createNewsletter()).id);
    return () => sendIssueTestAction({ id: issue.id });
  },
  "start sending": async () => {
    const letter = await createNewsletter();
    await subscribeMany(letter.id, `p${Math.random().toString(36).slice(2, 7)}`, 2, "CONFIRMED");
    const issue = await createDraftIssue(letter.id);
    return () => startIssueSendAction({ id: issue.id });
  },
  "stop sending": async () => {
    const issue = await sendingIssue();
    return () => cancelIssueSendAction({ id: issue.id });
  },
  "search articles for an issue": async () => () => searchIssueArticlesAction({ query: "" }),
  "import subscribers": async () => {
    const letter = await createNewsletter();
    return async () =>
      fromStatus((await postImport(letter.id, "email\nnew@example.com\n", "import")).status);
  },
  "export subscribers": async () => async () => fromStatus((await getExport()).status),
};

describe("who may work on newsletters", () => {
  for (const [name, prepare] of Object.entries(ACTIONS)) {
    it(`refuses contributors and authors, changing nothing: ${name}`, async () => {
      for (const role of ["CONTRIBUTOR", "AUTHOR"] as Role[]) {
        const call = await prepare();
        actAs(await createStaff({ role }));
        const before = await newsletterState();
        expect(await call(), role).toMatchObject({ ok: false, code: "forbidden" });
        expect(await newsletterState(), role).toEqual(before);
      }
    });

    it(`lets editors and admins: ${name}`, async () => {
      for (const role of ["EDITOR", "ADMIN"] as Role[]) {
        const call = await prepare();
        actAs(await createStaff({ role }));
        expect(await call(), role).toMatchObject({ ok: true });
      }
    });
  }

  it("refuses everything to someone signed out", async () => {
    actAs(null);
    const issue = await createDraftIssue((await createNewsletter()).id);
    expect(await startIssueSendAction({ id: issue.id })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect((await getExport()).status).toBe(401);
  });
});
