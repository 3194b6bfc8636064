import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadActiveStaff, type Staff } from "@/lib/auth/session";
import {
  changeStaffRoleAction,
  createStaffAccountAction,
  resetStaffPasswordAction,
  setStaffActiveAction,
  updateStaffProfileAction,
} from "@/lib/staff/actions";
import { changeStaffRole, setStaffActive } from "@/lib/staff/commands";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";
import { auditOf, databaseState, expectRefusedFor } from "./manage-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

let admin: Staff;

beforeEach(async () => {
  await truncateAll();
  admin = await createStaff({ role: "ADMIN" });
  actAs(admin);
});

const account = (id: string) =>
  testDb().staffUser.findUniqueOrThrow({
    where: { id },
    select: { role: true, active: true, sessionVersion: true, passwordHash: true, email: true },
  });

describe("creating a staff account", () => {
  it("stores only the hash of a temporary password that is returned once, and can add a byline", async () => {
    const result = await createStaffAccountAction({
      name: "Daria Melnychuk",
      email: "  Daria@Example.COM ",
      role: "AUTHOR",
      createByline: true,
    });
    expect(result).toMatchObject({ ok: true, data: { email: "daria@example.com" } });
    if (!result.ok) return;
    const { id, temporaryPassword } = result.data;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const row = await account(id);
    expect(row).toMatchObject({ role: "AUTHOR", active: true });
    expect(row.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(row.passwordHash, temporaryPassword)).toBe(true);
    expect(await testDb().author.findUnique({ where: { staffUserId: id } })).toMatchObject({
      name: "Daria Melnychuk",
      slug: "daria-melnychuk",
    });
    const audit = await auditOf("staff", id);
    expect(audit).toEqual([expect.objectContaining({ action: "staff.create", actorId: admin.id })]);
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
  });

  it("answers field errors and refuses an email already in use", async () => {
    const before = await databaseState();
    const bad = await createStaffAccountAction({
      name: "",
      email: "not-an-email",
      role: "OWNER" as "ADMIN",
      createByline: false,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    const taken = await createStaffAccountAction({
      name: "Someone",
      email: admin.email.toUpperCase(),
      role: "EDITOR",
      createByline: false,
    });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.stringMatching(/already uses/) },
    });
    expect(await databaseState()).toEqual(before);
  });
});

describe("changing an account", () => {
  it("changes a role and ends that account's sessions at once", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { sessionVersion } = await account(editor.id);
    expect(await loadActiveStaff(editor.id, sessionVersion)).not.toBeNull();

    expect(await changeStaffRoleAction({ id: editor.id, role: "AUTHOR" })).toEqual({
      ok: true,
      data: { id: editor.id, role: "AUTHOR" },
    });
    const after = await account(editor.id);
    expect(after).toMatchObject({ role: "AUTHOR", sessionVersion: sessionVersion + 1 });
    expect(await loadActiveStaff(editor.id, sessionVersion)).toBeNull();
    expect((await auditOf("staff", editor.id)).at(-1)).toMatchObject({
      action: "staff.changeRole",
      data: { role: { from: "EDITOR", to: "AUTHOR" } },
    });
  });

  it("updates name and email, refusing an email in use", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const saved = await updateStaffProfileAction({
      id: editor.id,
      name: "New Name",
      email: "New@Example.com",
    });
    expect(saved.ok).toBe(true);
    expect(await account(editor.id)).toMatchObject({ email: "new@example.com" });
    const taken = await updateStaffProfileAction({
      id: editor.id,
      name: "New Name",
      email: admin.email,
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });

  it("deactivates (ending sessions) and reactivates an account", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { sessionVersion } = await account(editor.id);
    expect(await setStaffActiveAction({ id: editor.id, active: false })).toMatchObject({
      ok: true,
    });
    expect(await account(editor.id)).toMatchObject({
      active: false,
      sessionVersion: sessionVersion + 1,
    });
    expect(await loadActiveStaff(editor.id, sessionVersion + 1)).toBeNull();

    expect(await setStaffActiveAction({ id: editor.id, active: true })).toMatchObject({ ok: true });
    expect(await account(editor.id)).toMatchObject({ active: true });
    expect((await auditOf("staff", editor.id)).map((a) => a.action)).toEqual([
      "staff.deactivate",
      "staff.reactivate",
    ]);
  });

  it("resets a password to a new temporary one and ends the account's sessions", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { sessionVersion } = await account(editor.id);
    const result = await resetStaffPasswordAction({ id: editor.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await account(editor.id);
    expect(after.sessionVersion).toBe(sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, result.data.temporaryPassword)).toBe(true);
    expect((await auditOf("staff", editor.id)).map((a) => a.action)).toEqual([
      "staff.resetPassword",
    ]);
  });
});

describe("the newsroom always keeps an admin", () => {
  it("refuses to let admins demote, deactivate or reset themselves", async () => {
    const before = await databaseState();
    for (const result of [
      await changeStaffRoleAction({ id: admin.id, role: "EDITOR" }),
      await setStaffActiveAction({ id: admin.id, active: false }),
      await resetStaffPasswordAction({ id: admin.id }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "conflict" });
    }
    expect(await databaseState()).toEqual(before);
  });

  it("refuses to remove the last active admin, even when two admins remove each other at once", async () => {
    const other = await createStaff({ role: "ADMIN" });
    // Both act on what their sessions said when they started.
    const results = await Promise.all([
      changeStaffRole(admin, { id: other.id, role: "EDITOR" }),
      setStaffActive(other, { id: admin.id, active: false }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: "conflict",
      error: expect.stringMatching(/last active admin/),
    });
    expect(await testDb().staffUser.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("who may manage staff", () => {
  it("refuses contributors, authors and editors, and changes nothing", async () => {
    const target = await createStaff({ role: "AUTHOR" });
    const roles = ["CONTRIBUTOR", "AUTHOR", "EDITOR"] as const;
    await expectRefusedFor([...roles], () =>
      createStaffAccountAction({
        name: "X",
        email: "x@example.com",
        role: "ADMIN",
        createByline: false,
      }),
    );
    await expectRefusedFor([...roles], () =>
      updateStaffProfileAction({ id: target.id, name: "X", email: "x@example.com" }),
    );
    await expectRefusedFor([...roles], () =>
      changeStaffRoleAction({ id: target.id, role: "ADMIN" }),
    );
    await expectRefusedFor([...roles], () =>
      setStaffActiveAction({ id: target.id, active: false }),
    );
    await expectRefusedFor([...roles], () => resetStaffPasswordAction({ id: target.id }));
  });
});
