import { describe, expect, it } from "vitest";
import { createStaffSchema } from "./schemas";
import { generateTemporaryPassword } from "./temporary-password";

describe("generateTemporaryPassword", () => {
  it("gives four groups of five unambiguous characters, different every time", () => {
    const passwords = new Set(Array.from({ length: 50 }, generateTemporaryPassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords)
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
  });
});

describe("createStaffSchema", () => {
  it("lower-cases the email and refuses unknown roles", () => {
    const input = { name: "Ann", email: " Ann@Example.com ", role: "EDITOR", createByline: false };
    expect(createStaffSchema.parse(input).email).toBe("ann@example.com");
    expect(createStaffSchema.safeParse({ ...input, role: "OWNER" }).success).toBe(false);
  });
});
