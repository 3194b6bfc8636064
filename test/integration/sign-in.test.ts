import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { DatabaseRateLimitStore, MemoryRateLimitStore } from "@/lib/auth/rate-limit";
import { loadActiveStaff } from "@/lib/auth/session";
import { SIGN_IN_LIMITS, verifyStaffCredentials } from "@/lib/auth/sign-in";
import { testDb, truncateAll } from "./database";

const holder = globalThis as { newsroomRateLimits?: unknown };

beforeEach(async () => {
  await truncateAll();
  holder.newsroomRateLimits = new MemoryRateLimitStore();
});

async function account(email = "reporter@example.com", password = "correct horse battery") {
  return testDb().staffUser.create({
    data: { email, name: "Reporter", role: "AUTHOR", passwordHash: await hashPassword(password) },
  });
}

describe("staff sign-in", () => {
  it("accepts the right password, case-insensitively on the email, and records the time", async () => {
    const user = await account();
    const result = await verifyStaffCredentials(
      { email: " Reporter@Example.com ", password: "correct horse battery" },
      "10.0.0.1",
    );
    expect(result).toMatchObject({
      ok: true,
      staff: { id: user.id, role: "AUTHOR", sessionVersion: 1 },
    });
    expect(
      (await testDb().staffUser.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt,
    ).not.toBeNull();
  });

  it("answers a wrong password, an unknown account and a deactivated one the same way", async () => {
    await account();
    await account("gone@example.com", "pw-of-the-departed");
    await testDb().staffUser.update({
      where: { email: "gone@example.com" },
      data: { active: false },
    });
    const answers = await Promise.all([
      verifyStaffCredentials({ email: "reporter@example.com", password: "wrong" }, "10.0.0.1"),
      verifyStaffCredentials({ email: "nobody@example.com", password: "wrong" }, "10.0.0.2"),
      verifyStaffCredentials(
        { email: "gone@example.com", password: "pw-of-the-departed" },
        "10.0.0.3",
      ),
      verifyStaffCredentials({ email: 42, password: null }, "10.0.0.4"),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
  });

  it("locks an account name after repeated failures, whether or not it exists, even with the right password", async () => {
    await account();
    for (const email of ["reporter@example.com", "nobody@example.com"]) {
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
        expect(
          await verifyStaffCredentials({ email, password: "wrong" }, `10.0.1.${i}`),
        ).toMatchObject({ reason: "invalid" });
      }
      expect(
        await verifyStaffCredentials({ email, password: "correct horse battery" }, "10.0.2.1"),
      ).toEqual({
        ok: false,
        reason: "limited",
      });
    }
  });

  it("holds a parallel burst to the limit: attempts are counted before the password is checked", async () => {
    await account();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyStaffCredentials(
          { email: "reporter@example.com", password: `guess-${i}` },
          `10.0.3.${i}`,
        ),
      ),
    );
    const checked = answers.filter((answer) => !answer.ok && answer.reason === "invalid");
    expect(checked).toHaveLength(SIGN_IN_LIMITS.perAccount);
  });

  it("limits one address across many account names", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await verifyStaffCredentials({ email: `guess-${i}@example.com`, password: "x" }, "10.9.9.9");
    }
    await account();
    expect(
      await verifyStaffCredentials(
        { email: "reporter@example.com", password: "correct horse battery" },
        "10.9.9.9",
      ),
    ).toEqual({
      ok: false,
      reason: "limited",
    });
    expect(
      await verifyStaffCredentials(
        { email: "reporter@example.com", password: "correct horse battery" },
        "10.9.9.8",
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it("shares counts between instances through the database store", async () => {
    const a = new DatabaseRateLimitStore();
    const b = new DatabaseRateLimitStore();
    expect(await a.hit("k", 60_000)).toBe(1);
    expect(await b.hit("k", 60_000)).toBe(2);
    expect(await a.hit("k", 60_000, 0)).toBe(2);
    await b.reset("k", 60_000);
    expect(await a.hit("k", 60_000, 0)).toBe(0);
  });
});

describe("sessions", () => {
  it("end at once when the account is deactivated, its role changes or its password changes", async () => {
    const user = await account();
    expect(await loadActiveStaff(user.id, 1)).toMatchObject({ id: user.id, role: "AUTHOR" });

    // Role, password and activation changes all bump the session version.
    await testDb().staffUser.update({
      where: { id: user.id },
      data: { role: "EDITOR", sessionVersion: { increment: 1 } },
    });
    expect(await loadActiveStaff(user.id, 1)).toBeNull();
    expect(await loadActiveStaff(user.id, 2)).toMatchObject({ role: "EDITOR" });

    await testDb().staffUser.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadActiveStaff(user.id, 2)).toBeNull();
    expect(await loadActiveStaff("missing", 1)).toBeNull();
  });
});
