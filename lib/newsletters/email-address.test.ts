import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./email-address";

describe("normalizeEmail", () => {
  it("trims and lower-cases a usable address", () => {
    expect(normalizeEmail("  Olena.K+news@Example.ORG ")).toBe("olena.k+news@example.org");
    expect(normalizeEmail("reader@mail.example.co.uk")).toBe("reader@mail.example.co.uk");
    expect(normalizeEmail("читач@приклад.укр")).toBe("читач@приклад.укр");
  });

  it("refuses typos and anything that is not one address", () => {
    for (const bad of [
      "",
      "reader",
      "reader@example",
      "reader@example.",
      "reader@example..org",
      "reader@.org",
      "reader@example.c",
      "a@b@example.org",
      "reader@example.org, other@example.org",
      "Reader <reader@example.org>",
      "reader@example.org\r\nBcc: x@example.org",
      `${"a".repeat(250)}@example.org`,
      42,
      undefined,
    ]) {
      expect(normalizeEmail(bad)).toBeNull();
    }
  });
});
