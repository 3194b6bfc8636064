import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MemoryRateLimitStore } from "@/lib/auth/rate-limit";
import { loadActiveStaff } from "@/lib/auth/session";
import { createArticleAction } from "@/lib/articles/editing/actions";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const holder = globalThis as { newsroomRateLimits?: unknown };

beforeEach(async () => {
  await truncateAll();
  holder.newsroomRateLimits = new MemoryRateLimitStore();
});

async function newcomer() {
  const user = await testDb().staffUser.create({
    data: {
      email: "newcomer@example.com",
      name: "Newcomer",
      role: "AUTHOR",
      passwordHash: await hashPassword("temporary-from-admin"),
      mustChangePassword: true,
    },
  });
  const staff = await loadActiveStaff(user.id, user.sessionVersion);
  actAs(staff);
  return { user, staff: staff! };
}

describe("changing one's own password", () => {
  it("is the only thing an account on a temporary password may do", async () => {
    await newcomer();
    expect(await createArticleAction({ title: "x", type: "NEWS" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await testDb().article.count()).toBe(0);
  });

  it("needs the current password, a long enough new one, typed twice", async () => {
    const { user } = await newcomer();
    const attempts = [
      {
        currentPassword: "wrong",
        newPassword: "a long new passphrase",
        confirmPassword: "a long new passphrase",
      },
      { currentPassword: "temporary-from-admin", newPassword: "short", confirmPassword: "short" },
      {
        currentPassword: "temporary-from-admin",
        newPassword: "a long new passphrase",
        confirmPassword: "different",
      },
      {
        currentPassword: "temporary-from-admin",
        newPassword: "temporary-from-admin",
        confirmPassword: "temporary-from-admin",
      },
    ];
    const fields = [];
    for (const attempt of attempts) {
      const result = await changeOwnPasswordAction(attempt);
      expect(result.ok).toBe(false);
      fields.push(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})));
    }
    expect(fields).toEqual([
      ["currentPassword"],
      ["newPassword"],
      ["confirmPassword"],
      ["newPassword"],
    ]);
    const row = await testDb().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: user.sessionVersion });
  });

  it("replaces the password, clears the flag, ends other sessions and is audited", async () => {
    const { user } = await newcomer();
    const result = await changeOwnPasswordAction({
      currentPassword: "temporary-from-admin",
      newPassword: "a long new passphrase",
      confirmPassword: "a long new passphrase",
    });
    expect(result).toMatchObject({ ok: true, data: { email: "newcomer@example.com" } });
    const row = await testDb().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(await verifyPassword(row.passwordHash, "a long new passphrase")).toBe(true);
    expect(await loadActiveStaff(user.id, user.sessionVersion)).toBeNull();
    expect(
      await testDb().auditLog.count({
        where: { action: "staff.password-change", actorId: user.id },
      }),
    ).toBe(1);
  });
});
