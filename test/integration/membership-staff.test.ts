import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  saveMembershipCopyAction,
  saveOfferSettingsAction,
  saveTierAction,
} from "@/lib/membership/actions";
import { getMembershipOffer } from "@/lib/membership/queries";
import { getMemberCounts, getRevenueOverTime, listMembers } from "@/lib/membership/staff-queries";
import { setMemberNewsletter } from "@/lib/membership/perks";
import { getCommentsViewer } from "@/lib/comments/own-comments";
import { getArticleComments } from "@/lib/comments/queries";
import { postComment } from "@/lib/comments/post";
import { loadReader } from "@/lib/readers/session";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import { configureStripe, createReader, createTier } from "./membership-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

beforeAll(() => configureStripe());
beforeEach(async () => {
  await truncateAll();
  actAs(null);
});

const copy = {
  headline: "Fund the reporting",
  pitch: "Readers pay for this.",
  supportTitle: "Keep us going",
  supportText: "Join today.",
  faqs: [{ question: "Can I cancel?", answer: "Any time." }],
};
const offer = {
  currency: "eur" as const,
  customAmount: true,
  customMinimum: "4",
  donations: false,
  donationMinimum: "5",
  hideAsksForMembers: true,
  membersOnlyComments: false,
};
const tier = {
  name: "Friend",
  description: "",
  monthlyAmount: "6",
  annualAmount: "",
  position: 0,
  active: true,
};

async function member(status: "ACTIVE" | "CANCELED", email?: string) {
  const reader = await createReader(email);
  await testDb().membership.create({
    data: {
      readerId: reader.id,
      stripeCustomerId: `cus_${reader.id}`,
      status,
      interval: "MONTH",
      amount: 500,
      startedAt: new Date(Date.now() - 40 * 86_400_000),
      endedAt: status === "CANCELED" ? new Date(Date.now() - 86_400_000) : null,
      lastEventAt: new Date(),
    },
  });
  return (await loadReader(reader.id))!;
}

describe("who may change the membership offer", () => {
  it("lets admins set tiers, amounts and perks, editors the words, and no one else anything", async () => {
    for (const role of ["CONTRIBUTOR", "AUTHOR"] as const) {
      actAs(await createStaff({ role }));
      expect(await saveMembershipCopyAction(copy)).toMatchObject({ code: "forbidden" });
      expect(await saveTierAction(tier)).toMatchObject({ code: "forbidden" });
    }
    actAs(await createStaff({ role: "EDITOR" }));
    expect(await saveMembershipCopyAction(copy)).toMatchObject({ ok: true });
    expect(await saveTierAction(tier)).toMatchObject({ code: "forbidden" });
    expect(await saveOfferSettingsAction(offer)).toMatchObject({ code: "forbidden" });
    actAs(await createStaff({ role: "ADMIN" }));
    expect(await saveTierAction(tier)).toMatchObject({ ok: true });
    expect(await saveOfferSettingsAction(offer)).toMatchObject({ ok: true });
    expect(await testDb().membershipTier.count()).toBe(1);
  });

  it("checks amounts, and shows each change to readers at once, audited", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    actAs(admin);
    expect(await saveTierAction({ ...tier, monthlyAmount: "", annualAmount: "" })).toMatchObject({
      code: "invalid",
      fieldErrors: { monthlyAmount: expect.any(String) },
    });
    expect(await saveTierAction({ ...tier, monthlyAmount: "six" })).toMatchObject({
      code: "invalid",
    });
    expect((await getMembershipOffer()).headline).toBe("Keep independent journalism going");
    const created = await saveTierAction(tier);
    await saveMembershipCopyAction(copy);
    await saveOfferSettingsAction(offer);
    // The cached offer was refreshed by each change's tag.
    const shown = await getMembershipOffer();
    expect(shown).toMatchObject({
      headline: "Fund the reporting",
      currency: "eur" as const,
      customMinimum: 400,
      donations: false,
      tiers: [{ name: "Friend", monthlyAmount: 600, annualAmount: null }],
    });
    if (!created.ok) throw new Error("tier not saved");
    await saveTierAction({ ...tier, id: created.data.id, active: false });
    expect((await getMembershipOffer()).tiers).toEqual([]);
    const audit = await testDb().auditLog.findMany({
      where: { actorId: admin.id },
      orderBy: { at: "asc" },
      select: { action: true, data: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "membership.tier.create",
      "membership.copy",
      "membership.settings",
      "membership.tier.update",
    ]);
    expect(audit[3]!.data).toEqual({ active: { from: true, to: false } });
  });
});

describe("the members screen", () => {
  it("filters, counts and adds up monthly revenue", async () => {
    const friend = await createTier({ name: "Friend" });
    const active = await member("ACTIVE", "ana@example.com");
    await member("CANCELED", "bo@example.com");
    await testDb().membership.update({
      where: { readerId: active.id },
      data: { tierId: friend.id, interval: "YEAR", amount: 12000 },
    });
    const all = { query: "", tierId: "", status: "" as const, since: null, page: 1 };
    expect((await listMembers(all)).total).toBe(2);
    expect((await listMembers({ ...all, query: "ana" })).rows.map((r) => r.email)).toEqual([
      "ana@example.com",
    ]);
    expect((await listMembers({ ...all, status: "CANCELED" })).rows[0]?.email).toBe(
      "bo@example.com",
    );
    expect((await listMembers({ ...all, tierId: friend.id })).total).toBe(1);
    expect((await listMembers({ ...all, since: "2999-01-01" })).total).toBe(0);
    expect(await getMemberCounts()).toMatchObject({ active: 1, canceled: 1, mrr: 1000 });
    const revenue = await getRevenueOverTime(new Date(), 3);
    expect(revenue.at(-1)).toMatchObject({ mrr: 1000, members: 1 });
  });

  it("exports members as CSV for editors, audited, and refuses authors", async () => {
    await member("ACTIVE", "ana@example.com");
    const { GET } = await import("@/app/(editor)/editor/members/export/route");
    actAs(await createStaff({ role: "AUTHOR" }));
    expect((await GET(new Request("http://127.0.0.1/editor/members/export"))).status).toBe(403);
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const response = await GET(new Request("http://127.0.0.1/editor/members/export?status=ACTIVE"));
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv.split("\n")[0]).toContain("email,name,status,tier");
    expect(csv).toContain("ana@example.com");
    expect(
      await testDb().auditLog.findFirst({
        where: { actorId: editor.id, action: "member.export" },
        select: { data: true },
      }),
    ).toMatchObject({ data: { status: "ACTIVE", rows: 1 } });
  });
});

describe("members' perks", () => {
  it("limits comments to members when the newsroom switches it on", async () => {
    const article = await createArticle({ status: "PUBLISHED" });
    const reader = (await loadReader((await createReader()).id))!;
    const paying = await member("ACTIVE");
    const comment = (who: typeof reader, body: string) =>
      postComment(who, { articleId: article.id, body, website: "" }, "127.0.0.1");
    expect(await comment(reader, "Open to all today.")).toMatchObject({ ok: true });
    actAs(await createStaff({ role: "ADMIN" }));
    await saveOfferSettingsAction({ ...offer, membersOnlyComments: true });
    expect(await comment(reader, "And now?")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await comment(paying, "Members may.")).toMatchObject({ ok: true });
    // The comments island is told, so it offers membership instead of a form.
    expect((await getCommentsViewer(reader, article.id)).reader).toMatchObject({
      needsMembership: true,
    });
    expect((await getCommentsViewer(paying, article.id)).reader).toMatchObject({
      needsMembership: false,
    });
    // The cached page tells signed-out visitors too, and hears when the perk ends.
    expect(await getArticleComments(article.id)).toMatchObject({ membersOnly: true });
    await saveOfferSettingsAction({ ...offer, membersOnlyComments: false });
    expect(await getArticleComments(article.id)).toMatchObject({ membersOnly: false });
  });

  it("keeps members' newsletters off public sign-up and lets members alone subscribe", async () => {
    const newsletter = await testDb().newsletter.create({
      data: {
        slug: "inside",
        name: "Inside the newsroom",
        senderName: "Desk",
        senderEmail: "desk@example.com",
        membersOnly: true,
      },
    });
    const { listSignUpNewsletters } = await import("@/lib/newsletters/queries");
    expect(await listSignUpNewsletters()).toEqual([]);
    const reader = (await loadReader((await createReader()).id))!;
    expect(
      await setMemberNewsletter(reader, { newsletterId: newsletter.id, subscribe: "1" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const paying = await member("ACTIVE");
    expect(
      await setMemberNewsletter(paying, { newsletterId: newsletter.id, subscribe: "1" }),
    ).toMatchObject({ ok: true });
    expect(
      await testDb().subscription.findFirst({ select: { status: true, source: true } }),
    ).toEqual({ status: "CONFIRMED", source: "membership" });
  });
});
