import { describe, expect, it } from "vitest";
import { splitLinks } from "./plain-text-body";

describe("links in a plain-text email", () => {
  it("finds web addresses and leaves trailing punctuation outside", () => {
    expect(
      splitLinks("Confirm here: https://news.example/confirm?t=a1b2. Or (http://x.example/p).\n"),
    ).toEqual([
      { text: "Confirm here: " },
      { href: "https://news.example/confirm?t=a1b2" },
      { text: ". Or (" },
      { href: "http://x.example/p" },
      { text: ").\n" },
    ]);
  });

  it("links nothing but http and https", () => {
    expect(splitLinks("javascript:alert(1) mailto:a@example.org")).toEqual([
      { text: "javascript:alert(1) mailto:a@example.org" },
    ]);
  });
});
