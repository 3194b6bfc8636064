import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  publishArticleAction,
  returnToDraftAction,
  saveArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "@/lib/articles/editing/actions";
import { mayPreview } from "@/lib/articles/editing/preview";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import { can, ROLES, type ArticleStatus, type Permission, type Role } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createAuthor, createStaff, createTag, storedArticleFields } from "./factories";
import { createReadyArticle } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

type Attempt = (
  id: string,
  version: number,
  fields: ArticleFields,
) => Promise<{ ok: boolean; code?: string }>;

const save =
  (change: Partial<ArticleFields>): Attempt =>
  (id, version, fields) =>
    saveArticleAction({ id, version, mode: "save", fields: { ...fields, ...change } });

let tagId = "";
let colleagueBylineId = "";
let guestBylineId = "";

/** Every article action, the permission that governs it and the statuses it applies to. */
const ACTIONS: {
  name: string;
  permissions: Permission[];
  statuses: ArticleStatus[];
  attempt: Attempt;
}[] = [
  {
    name: "edit",
    permissions: ["article.edit"],
    statuses: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"],
    attempt: save({ title: "Changed headline" }),
  },
  {
    name: "submit",
    permissions: ["article.submit"],
    statuses: ["DRAFT"],
    attempt: (id, version) => submitArticleAction({ id, version }),
  },
  {
    name: "publish",
    permissions: ["article.publish"],
    statuses: ["DRAFT", "IN_REVIEW", "UNPUBLISHED"],
    attempt: (id, version) => publishArticleAction({ id, version }),
  },
  {
    name: "schedule",
    permissions: ["article.schedule"],
    statuses: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"],
    attempt: (id, version) =>
      scheduleArticleAction({
        id,
        version,
        publishAt: new Date(Date.now() + 3600_000).toISOString(),
      }),
  },
  {
    name: "unpublish",
    permissions: ["article.unpublish"],
    statuses: ["PUBLISHED"],
    attempt: (id, version) => unpublishArticleAction({ id, version }),
  },
  {
    name: "return to draft",
    permissions: ["article.returnToDraft"],
    statuses: ["IN_REVIEW", "PUBLISHED"],
    attempt: (id, version) => returnToDraftAction({ id, version }),
  },
  {
    name: "set tags",
    permissions: ["article.edit", "article.setTags"],
    statuses: ["DRAFT"],
    attempt: (id, version, fields) => save({ tagIds: [tagId] })(id, version, fields),
  },
  {
    name: "credit a colleague on",
    permissions: ["article.edit", "article.setBylines"],
    statuses: ["DRAFT"],
    attempt: (id, version, fields) =>
      save({ authorIds: [...fields.authorIds, colleagueBylineId] })(id, version, fields),
  },
  {
    name: "credit a guest contributor on",
    permissions: ["article.edit"],
    statuses: ["DRAFT"],
    attempt: (id, version, fields) =>
      save({ authorIds: [...fields.authorIds, guestBylineId] })(id, version, fields),
  },
  {
    name: "set flags",
    permissions: ["article.edit", "article.setFlags"],
    statuses: ["DRAFT"],
    attempt: save({ editorsPick: true }),
  },
  {
    name: "preview",
    permissions: ["article.preview"],
    statuses: ["DRAFT", "IN_REVIEW"],
    attempt: async (id) => ({ ok: await mayPreview(actingStaff()!, id) }),
  },
];

const staffByRole = {} as Record<Role, Staff>;
let someoneElse: Staff;

beforeAll(async () => {
  await truncateAll();
  for (const role of ROLES) staffByRole[role] = await createStaff({ role });
  someoneElse = await createStaff({ role: "AUTHOR" });
  tagId = (await createTag()).id;
  colleagueBylineId = (await createStaff({ role: "AUTHOR" })).authorId!;
  guestBylineId = (await createAuthor()).id;
});

/** An article that passes the pre-publish checklist, so only permission decides. */
async function articleFor(owner: Staff, status: ArticleStatus) {
  const article = await createReadyArticle({
    status,
    authorIds: [owner.authorId!],
    publishedAt:
      status === "PUBLISHED" || status === "UNPUBLISHED" ? new Date(Date.now() - 60_000) : null,
    scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + 3600_000) : null,
  });
  const { version, ...fields } = await storedArticleFields(article.id);
  return { id: article.id, version, fields };
}

describe("the permission matrix, through the real actions", () => {
  for (const role of ROLES) {
    for (const own of [true, false]) {
      for (const action of ACTIONS) {
        for (const status of action.statuses) {
          const expected = action.permissions.every((permission) =>
            can(role, permission, { own, status }),
          );
          it(`${role} ${expected ? "may" : "may not"} ${action.name} ${own ? "their own" : "another's"} ${status} article`, async () => {
            const staff = staffByRole[role];
            const article = await articleFor(own ? staff : someoneElse, status);
            actAs(staff);
            const result = await action.attempt(article.id, article.version, article.fields);
            if (expected) {
              expect(result).toMatchObject({ ok: true });
            } else {
              expect(result.ok).toBe(false);
              if (action.name !== "preview") expect(result).toMatchObject({ code: "forbidden" });
              // A refusal changes nothing.
              const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
              expect(row).toMatchObject({ version: article.version, status, editorsPick: false });
              expect(await testDb().articleTag.count({ where: { articleId: article.id } })).toBe(0);
              expect(await testDb().articleAuthor.count({ where: { articleId: article.id } })).toBe(
                1,
              );
            }
          });
        }
      }
    }
  }

  it("matches the newsroom's roles as written down", () => {
    // Spot checks in words, so the table above cannot drift into nonsense unnoticed.
    const draft = { own: true, status: "DRAFT" as const };
    expect(can("CONTRIBUTOR", "article.publish", draft)).toBe(false);
    expect(can("CONTRIBUTOR", "article.setTags", draft)).toBe(false);
    expect(can("AUTHOR", "article.publish", draft)).toBe(true);
    expect(can("AUTHOR", "article.publish", { ...draft, own: false })).toBe(false);
    expect(can("EDITOR", "article.publish", { ...draft, own: false })).toBe(true);
    expect(can("EDITOR", "staff.manage")).toBe(false);
    expect(can("ADMIN", "staff.manage")).toBe(true);
  });
});
