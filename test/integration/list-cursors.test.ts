import { beforeEach, describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/articles/cursor";
import { listStories } from "@/lib/articles/lists";
import { cursorExists } from "@/lib/routing/exists";
import { testDb, truncateAll } from "./database";
import { createArticle, createSection } from "./factories";

beforeEach(truncateAll);

describe("older-page cursors, as the proxy checks them", () => {
  it("are pages only when they name a story as the list's own link does", async () => {
    const section = await createSection();
    for (let i = 0; i < 3; i++) await createArticle({ sectionId: section.id });
    const page = await listStories({ kind: "section", id: section.id }, null, 2);
    expect(page.older).not.toBeNull();
    expect(await cursorExists("stories", page.older!)).toBe(true);

    const [time, id] = page.older!.split(".") as [string, string];
    const madeUp = [
      `${time}.made-up-story`,
      `${(parseInt(time, 36) - 1).toString(36)}.${id}`,
      "zzzzzz.abc",
      "not a cursor",
    ];
    for (const cursor of madeUp) expect(await cursorExists("stories", cursor), cursor).toBe(false);
    expect(await cursorExists("stories", undefined)).toBe(false);
  });

  it("name a note, not a story, on /corrections", async () => {
    const article = await createArticle();
    const note = await testDb().correction.create({
      data: {
        articleId: article.id,
        kind: "CORRECTION",
        text: "An earlier version misspelled a name.",
      },
    });
    const cursor = encodeCursor({ publishedAt: note.publishedAt, id: note.id });
    expect(await cursorExists("corrections", cursor)).toBe(true);
    expect(await cursorExists("stories", cursor)).toBe(false);
    const story = encodeCursor({ publishedAt: article.publishedAt!, id: article.id });
    expect(await cursorExists("corrections", story)).toBe(false);
  });
});
