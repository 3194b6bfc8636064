import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { DatabaseRateLimitStore, MemoryRateLimitStore } from "@/lib/auth/rate-limit";
import { loadActiveStaff, loadSessionStaff } from "@/lib/auth/session";
import { revokeStaffSession, startStaffSession } from "@/lib/auth/staff-sessions";
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

const from = (address: string, deviceToken?: string) => ({ address, deviceToken });

describe("staff sign-in", () => {
  it("accepts the right password, case-insensitively on the email, and records the time", async () => {
    const user = await account();
    const result = await verifyStaffCredentials(
      { email: " Reporter@Example.com ", password: "correct horse battery" },
      from("10.0.0.1"),
    );
    expect(result).toMatchObject({
      ok: true,
      staff: { id: user.id, role: "AUTHOR", sessionVersion: 1 },
      deviceToken: expect.any(String),
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
      verifyStaffCredentials(
        { email: "reporter@example.com", password: "wrong" },
        from("10.0.0.1"),
      ),
      verifyStaffCredentials({ email: "nobody@example.com", password: "wrong" }, from("10.0.0.2")),
      verifyStaffCredentials(
        { email: "gone@example.com", password: "pw-of-the-departed" },
        from("10.0.0.3"),
      ),
      verifyStaffCredentials({ email: 42, password: null }, from("10.0.0.4")),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "invalid" }));
  });

  it("slows guessing from one address without locking the owner out from theirs", async () => {
    await account();
    const right = { email: "reporter@example.com", password: "correct horse battery" };
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAddress; i++) {
      expect(
        await verifyStaffCredentials({ ...right, password: "wrong" }, from("203.0.113.66")),
      ).toMatchObject({ reason: "invalid" });
    }
    // The guesser's address is held, even with the right password...
    expect(await verifyStaffCredentials(right, from("203.0.113.66"))).toEqual({
      ok: false,
      reason: "limited",
    });
    // ...while the owner, elsewhere, signs in.
    expect(await verifyStaffCredentials(right, from("198.51.100.10"))).toMatchObject({ ok: true });
  });

  it("holds guesses from rotating addresses, but never the owner's trusted browser", async () => {
    await account();
    const right = { email: "reporter@example.com", password: "correct horse battery" };
    const first = await verifyStaffCredentials(right, from("198.51.100.10"));
    if (!first.ok) throw new Error("expected the first sign-in to succeed");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountUntrusted; i++) {
      await verifyStaffCredentials({ ...right, password: `guess-${i}` }, from(`10.7.${i}.1`));
    }
    // A new address and a new browser: the account is held for strangers.
    expect(await verifyStaffCredentials(right, from("10.8.0.1"))).toEqual({
      ok: false,
      reason: "limited",
    });
    // The browser that signed in before is trusted, from any address.
    expect(await verifyStaffCredentials(right, from("10.8.0.2", first.deviceToken))).toMatchObject({
      ok: true,
    });
    // A device cookie is only good for the account it was issued to.
    await account("other@example.com", "another password");
    expect(
      await verifyStaffCredentials(
        { email: "other@example.com", password: "wrong" },
        from("10.8.0.3", first.deviceToken),
      ),
    ).toMatchObject({ reason: "invalid" });
  });

  it("limits a trusted browser's own failures", async () => {
    await account();
    const right = { email: "reporter@example.com", password: "correct horse battery" };
    const first = await verifyStaffCredentials(right, from("198.51.100.10"));
    if (!first.ok) throw new Error("expected the first sign-in to succeed");
    for (let i = 0; i < SIGN_IN_LIMITS.perDevice; i++) {
      await verifyStaffCredentials(
        { ...right, password: "wrong" },
        from("1.2.3.4", first.deviceToken),
      );
    }
    expect(await verifyStaffCredentials(right, from("1.2.3.4", first.deviceToken))).toEqual({
      ok: false,
      reason: "limited",
    });
  });

  it("holds a parallel burst to the limit: attempts are counted before the password is checked", async () => {
    await account();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyStaffCredentials(
          { email: "reporter@example.com", password: `guess-${i}` },
          from("10.0.3.1"),
        ),
      ),
    );
    const checked = answers.filter((answer) => !answer.ok && answer.reason === "invalid");
    expect(checked).toHaveLength(SIGN_IN_LIMITS.perAccountAddress);
  });

  it("limits one address across many account names", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await verifyStaffCredentials(
        { email: `guess-${i}@example.com`, password: "x" },
        from("10.9.9.9"),
      );
    }
    await account();
    const right = { email: "reporter@example.com", password: "correct horse battery" };
    expect(await verifyStaffCredentials(right, from("10.9.9.9"))).toEqual({
      ok: false,
      reason: "limited",
    });
    expect(await verifyStaffCredentials(right, from("10.9.9.8"))).toMatchObject({ ok: true });
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

  it("end when signed out: the cookie's session record is revoked", async () => {
    const user = await account();
    const sessionId = await startStaffSession(user.id, 3600);
    const other = await startStaffSession(user.id, 3600);
    expect(await loadSessionStaff(sessionId, user.id, 1)).toMatchObject({ id: user.id });
    await revokeStaffSession(sessionId);
    expect(await loadSessionStaff(sessionId, user.id, 1)).toBeNull();
    // Another browser's session stays open; a session names one account only.
    expect(await loadSessionStaff(other, user.id, 1)).toMatchObject({ id: user.id });
    expect(await loadSessionStaff(other, "someone-else", 1)).toBeNull();
    expect(await loadSessionStaff("made-up", user.id, 1)).toBeNull();
  });
});
