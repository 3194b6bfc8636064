import { describe, expect, it } from "vitest";
import { commentThreadsJson } from "./json";

const at = new Date("2026-12-01T18:30:00Z");
const comment = (id: string) => ({
  id,
  authorName: "Oksana",
  body: `Comment ${id}`,
  createdAt: at,
  edited: false,
  removed: null,
});

describe("commentThreadsJson", () => {
  it("gives every comment and reply its time as ISO text, and as shown when asked", () => {
    const threads = [{ ...comment("a"), replies: [comment("b")] }];
    const shown = commentThreadsJson(threads, (date) => `at ${date.getUTCHours()}:30`);
    expect(shown).toEqual([
      {
        ...comment("a"),
        createdAt: "2026-12-01T18:30:00.000Z",
        when: "at 18:30",
        replies: [{ ...comment("b"), createdAt: "2026-12-01T18:30:00.000Z", when: "at 18:30" }],
      },
    ]);
    const plain = commentThreadsJson(threads);
    expect(plain[0]).not.toHaveProperty("when");
    expect(plain[0]!.replies[0]).not.toHaveProperty("when");
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});
