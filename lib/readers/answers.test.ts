import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDisplayName, DISPLAY_NAME_MAX, tooLongMessage } from "@/lib/comments/rules";
import { UK_READER_ANSWERS } from "@/lib/i18n/messages/uk-answers";
import { answerEdition, answerIn, answerText } from "./answers";
import { BANNED, fail, SIGNED_OUT, TOO_FAST } from "./results";

/** Where the comment and reader endpoints' answers are written. */
const SOURCES = [
  "lib/comments/post.ts",
  "lib/comments/reader-changes.ts",
  "lib/comments/schemas.ts",
  "lib/comments/rules.ts",
  "lib/readers/results.ts",
  "lib/readers/profile.ts",
  "lib/readers/sign-in.ts",
  "lib/readers/http.ts",
  "lib/membership/perks.ts",
  "app/api/comments/route.ts",
];

/** Every sentence written as a plain string literal in those files. */
function sentencesIn(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/"([A-Z][^"\n]{6,}[.?!])"/g)].map((match) => match[1]!);
}

describe("the reader endpoints' answers in Ukrainian", () => {
  it("has a translation for every sentence the endpoints can answer with", () => {
    const sentences = SOURCES.flatMap(sentencesIn);
    expect(sentences.length).toBeGreaterThan(20);
    // Moderators' notes in rules.ts are staff-facing and never reach readers.
    const readerFacing = sentences.filter((sentence) => !sentence.startsWith("First comment"));
    const missing = readerFacing.filter((sentence) => !(sentence in UK_READER_ANSWERS));
    expect(missing).toEqual([]);
  });

  it("translates the answers built from numbers", () => {
    // Intl groups Ukrainian thousands with a no-break space.
    expect(answerText(tooLongMessage(6_200), "uk").replace(/\u00a0/g, " ")).toBe(
      "Коментар може мати до 5 000 символів. У вашому 6 200: скоротіть його на 1 200.",
    );
    for (const name of ["x", "y".repeat(DISPLAY_NAME_MAX + 1), "Moderator"]) {
      const checked = checkDisplayName(name);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(answerText(checked.error, "uk")).toMatch(/[а-яі]/);
    }
  });

  it("keeps the code and status, and changes nothing in English", () => {
    for (const failure of [SIGNED_OUT, BANNED, TOO_FAST]) {
      const said = answerIn(failure, "uk");
      expect(said).toMatchObject({ ok: false, code: failure.code });
      expect(!said.ok && said.error).not.toBe(failure.error);
      expect(answerIn(failure, "en")).toBe(failure);
    }
    const withField = fail("invalid", "Check your comment.", { body: "Write your comment." });
    expect(answerIn(withField, "uk")).toEqual({
      ok: false,
      code: "invalid",
      error: "Перевірте коментар.",
      fieldErrors: { body: "Напишіть коментар." },
    });
  });

  it("answers in Ukrainian only when the island asks for exactly that", () => {
    const asking = (language?: string) =>
      new Request("http://localhost/api/comments", {
        headers: language ? { "accept-language": language } : {},
      });
    expect(answerEdition(asking("uk"))).toBe("uk");
    expect(answerEdition(asking("uk-UA,uk;q=0.9"))).toBe("en");
    expect(answerEdition(asking())).toBe("en");
  });
});
