import { describe, expect, it, vi } from "vitest";
import { publishArticleAction, saveArticleAction } from "@/lib/articles/editing/actions";
import { addCorrectionAction } from "@/lib/articles/corrections/actions";
import { restoreRevisionAction } from "@/lib/articles/revisions/actions";
import { runNarrations } from "@/lib/narration/run-narrations";
import type { ArticleDocument } from "@/lib/documents/schema";
import { scriptHash } from "@/lib/narration/script/script-hash";
import { actAs, actingStaff } from "./acting-staff";
import { testDb } from "./database";
import { createStaff, storedArticleFields } from "./factories";
import { startEachNarrationTest } from "./narration-setup";
import { narrationsOf, reportBody, TEST_CONFIG } from "./narration-support";
import { createReadyArticle } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachNarrationTest();

const FIRST = "Drones hit the port of Izmail";
const SECOND = "Drones hit grain terminals in Izmail";

/**
 * A story published under FIRST, narrated, then saved (an ordinary save,
 * as a quick fix is) under SECOND: the audio still reads FIRST.
 */
async function narratedThenRetitled() {
  const editor = await createStaff({ role: "EDITOR" });
  const article = await createReadyArticle({
    title: FIRST,
    authorIds: [editor.authorId!],
    body: reportBody,
  });
  actAs(editor);
  const published = await publishArticleAction({ id: article.id, version: article.version });
  if (!published.ok) throw new Error(published.error);
  await runNarrations(new Date(), { config: TEST_CONFIG });
  await expectAudioReads(article.id, FIRST);
  const { version, ...fields } = await storedArticleFields(article.id);
  const saved = await saveArticleAction({
    id: article.id,
    version,
    mode: "save",
    fields: { ...fields, title: SECOND },
  });
  if (!saved.ok) throw new Error(saved.error);
  // An ordinary save never makes new audio.
  expect((await narrationsOf(article.id)).map((row) => row.status)).toEqual(["READY"]);
  return { id: article.id, version: saved.data.version };
}

/** The live audio reads the article with this headline (by the script's hash). */
async function expectAudioReads(articleId: string, title: string) {
  const article = await testDb().article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      standfirst: true,
      body: true,
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  const heard = scriptHash({
    title,
    standfirst: article.standfirst,
    authors: article.authors.map((row) => row.author.name),
    body: article.body as ArticleDocument,
  });
  const ready = await testDb().narration.findMany({
    where: { articleId, status: "READY" },
    select: { sourceHash: true },
  });
  expect(ready.map((row) => row.sourceHash)).toEqual([heard]);
}

describe("narration is made again, as after a substantive update", () => {
  it("when a correction is added to a story whose headline was fixed", async () => {
    const { id, version } = await narratedThenRetitled();
    const [before] = await narrationsOf(id);

    const added = await addCorrectionAction({
      articleId: id,
      kind: "CORRECTION",
      text: "An earlier version of this story named the wrong port terminal.",
      publishedAt: "",
    });
    if (!added.ok) throw new Error(added.error);
    expect((await narrationsOf(id)).map((row) => [row.status, row.articleVersion])).toEqual([
      ["READY", before!.articleVersion],
      ["PENDING", version],
    ]);

    await runNarrations(new Date(), { config: TEST_CONFIG });
    expect(await narrationsOf(id)).toMatchObject([{ status: "READY", articleVersion: version }]);
    await expectAudioReads(id, SECOND);

    // A second note, with nothing new to read, makes no new audio.
    const again = await addCorrectionAction({
      articleId: id,
      kind: "UPDATE",
      text: "This story has been updated with a statement from the port authority.",
      publishedAt: "",
    });
    expect(again.ok).toBe(true);
    expect((await narrationsOf(id)).map((row) => row.status)).toEqual(["READY"]);
  });

  it("when an earlier version of a live story is restored", async () => {
    const { id, version } = await narratedThenRetitled();
    const published = await testDb().revision.findFirstOrThrow({
      where: { articleId: id, kind: "PUBLISH" },
      select: { id: true },
    });
    // The fix is taken back: the restore brings FIRST back, which the audio
    // already reads, so nothing is queued ...
    const restored = await restoreRevisionAction({
      articleId: id,
      revisionId: published.id,
      version,
    });
    if (!restored.ok) throw new Error(restored.error);
    expect((await narrationsOf(id)).map((row) => row.status)).toEqual(["READY"]);

    // ... while restoring SECOND again changes what is read, and is narrated.
    const second = await testDb().revision.findFirstOrThrow({
      where: { articleId: id, kind: "SAVE" },
      select: { id: true },
    });
    const back = await restoreRevisionAction({
      articleId: id,
      revisionId: second.id,
      version: restored.data.version,
    });
    if (!back.ok) throw new Error(back.error);
    expect((await narrationsOf(id)).map((row) => [row.status, row.articleVersion])).toEqual([
      ["READY", expect.any(Number)],
      ["PENDING", back.data.version],
    ]);
    await runNarrations(new Date(), { config: TEST_CONFIG });
    expect(await narrationsOf(id)).toMatchObject([
      { status: "READY", articleVersion: back.data.version },
    ]);
    await expectAudioReads(id, SECOND);
  });
});
