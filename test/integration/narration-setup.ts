import { beforeEach } from "vitest";
import { publishArticleAction } from "@/lib/articles/editing/actions";
import { actAs } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";
import { reportBody } from "./narration-support";
import { createReadyArticle } from "./scheduling-fixtures";

/**
 * The start of the narration tests that run actions (kept apart from
 * narration-support.ts, which tests without a mocked session also import).
 */

/** Each test starts on an empty database, with no one signed in, for a site named Dispatch. */
export function startEachNarrationTest(): void {
  beforeEach(async () => {
    await truncateAll();
    actAs(null);
    await testDb().siteSettings.create({ data: { id: 1, name: "Dispatch" } });
  });
}

/** A ready report, published by a new editor (left signed in) through the real action. */
export async function publishReport(title = "Drones hit the port of Izmail") {
  const editor = await createStaff({ role: "EDITOR" });
  const article = await createReadyArticle({ title, body: reportBody });
  actAs(editor);
  const published = await publishArticleAction({ id: article.id, version: article.version });
  if (!published.ok) throw new Error(published.error);
  return { editor, article, version: published.data.version };
}
