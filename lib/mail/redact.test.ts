import { describe, expect, it } from "vitest";
import { redactPersonalLinks } from "./redact";

describe("redactPersonalLinks", () => {
  it("hides the token of every personal link, in text and in HTML", () => {
    const text =
      "Sign in: https://news.example/comments/sign-in/confirm?token=abc.DEF-123_x\n" +
      '<a href="https://news.example/newsletters/manage?newsletter=x&amp;token=s3cr3t">Manage</a>\n' +
      "<https://news.example/api/newsletters/unsubscribe?token=u1&x=1>";
    const { text: shown, redacted } = redactPersonalLinks(text);
    expect(redacted).toBe(true);
    expect(shown).not.toMatch(/abc\.DEF|s3cr3t|u1&/);
    expect(shown).toContain("/comments/sign-in/confirm?token=hidden");
    expect(shown).toContain("newsletter=x&amp;token=hidden");
    expect(shown).toContain("unsubscribe?token=hidden&x=1");
  });

  it("leaves mail without personal links as it is", () => {
    expect(redactPersonalLinks("Read https://news.example/story?utm=1")).toEqual({
      text: "Read https://news.example/story?utm=1",
      redacted: false,
    });
  });
});
