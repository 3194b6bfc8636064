import { expect, test, type Page } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

const { published: story } = seedFixtures();

/** Every list page that shows the story, each read from the full-route cache. */
const lists = [
  "/",
  "/news-feed",
  `/${story.sectionSlug}`,
  `/tag/${story.tagSlug}`,
  `/author/${story.authorSlug}`,
];

/**
 * Visits a page until an answer comes from Next's cache (STALE too: the e2e
 * server keeps "Most popular" a second, so pages that show it are served
 * from the cache while a fresh copy renders). Background work, such as
 * narrations finishing after start-up, may refresh a page in between.
 */
async function warm(page: Page, path: string): Promise<void> {
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.headers()["x-nextjs-cache"], `${path} is served from the cache`).toMatch(
      /^(HIT|STALE)$/,
    );
  }).toPass({ timeout: 20_000 });
}

async function expectStoryOn(page: Page, path: string, title: string, shown: boolean) {
  await page.goto(path);
  const link = page.locator(`a[href="/${story.slug}"]`, { hasText: title });
  if (shown) await expect(link.first(), `${path} shows “${title}”`).toBeVisible();
  else await expect(link, `${path} no longer shows “${title}”`).toHaveCount(0);
}

test("an edit, a take-down and a re-publish reach every cached page that shows the story, on the next request", async ({
  browser,
}) => {
  // Eighteen page visits around three saves.
  test.setTimeout(120_000);
  const reader = await browser.newPage();
  for (const path of [...lists, `/${story.slug}`]) await warm(reader, path);

  const editor = await staffPage(browser, "editor", `/editor/articles/${story.id}`);
  const headline = `${story.title} (corrected headline)`;

  // An edit of the live story: saved straight to the site.
  // The body editor appears once the page has hydrated; typing before that is lost.
  await expect(editor.page.getByRole("textbox", { name: "Body" })).toBeVisible();
  const saveState = editor.page.getByTestId("save-state");
  await editor.page.getByLabel("Headline").fill(headline);
  await expect(saveState).toHaveText("Unsaved changes");
  await editor.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState).toHaveText(/^Saved/, { timeout: 15_000 });
  for (const path of lists) await expectStoryOn(reader, path, headline, true);
  await reader.goto(`/${story.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);

  // Taken down: gone from every list, and its page no longer answers.
  for (const path of [...lists, `/${story.slug}`]) await warm(reader, path);
  await editor.page.getByRole("button", { name: "Unpublish" }).click();
  await editor.page.getByRole("dialog").getByRole("button", { name: "Unpublish" }).click();
  await expect(
    editor.page.getByText("Unpublished: the article is no longer on the site."),
  ).toBeVisible();
  for (const path of lists) await expectStoryOn(reader, path, headline, false);
  const gone = await reader.goto(`/${story.slug}`);
  expect(gone?.status()).toBe(404);

  // Published again, under its original headline.
  await editor.page.getByLabel("Headline").fill(story.title);
  await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
  // The status badge (and the message) now read "Published".
  await expect(editor.page.getByText("Published", { exact: true }).first()).toBeVisible();
  for (const path of lists) await expectStoryOn(reader, path, story.title, true);
  await reader.goto(`/${story.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(story.title);

  await editor.context.close();
  await reader.close();
});

test("publishing a story leaves other articles' cached pages alone, while their rails show it", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const fixtures = seedFixtures();
  const { draft } = fixtures;
  // An article other than the one published, and one no other test edits
  // (an edit queues a narration, whose arrival rightly refreshes the page):
  // its page must not change.
  const feed = await (await request.get("/news-feed")).text();
  const touched = new Set([
    fixtures.published.slug,
    fixtures.withCorrection.slug,
    fixtures.oldSlug,
  ]);
  const other = [...feed.matchAll(/<ol class="feed-list[\s\S]*?<\/ol>/g)]
    .flatMap((list) => [...list[0].matchAll(/<a href="\/([a-z0-9-]+)"/g)])
    .map((match) => match[1]!)
    .filter((slug) => !touched.has(slug))
    .at(-1);
  expect(other, "an untouched story in the News Feed").toBeTruthy();
  const reader = await browser.newPage();
  await warm(reader, `/${other}`);
  const before = await request.get(`/${other}`);
  expect(before.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  const etag = before.headers()["etag"];

  const editor = await staffPage(browser, "editor", `/editor/articles/${draft.id}`);
  await expect(editor.page.getByRole("textbox", { name: "Body" })).toBeVisible();
  const useStandfirst = editor.page.getByRole("button", { name: "Use the standfirst" });
  if (await useStandfirst.isVisible()) await useStandfirst.click();
  await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.page.getByText("Published", { exact: true }).first()).toBeVisible();
  await editor.context.close();

  // The new story is on the article's rails (their own small cached answer)…
  await expect(async () => {
    const rails = await (await request.get(`/fragments/rails/${story.id}`)).json();
    expect(JSON.stringify(rails.feed)).toContain(draft.title);
  }).toPass({ timeout: 5_000 });
  // …and in the open page, where the island draws them.
  await reader.goto(`/${other}`);
  await reader.getByRole("contentinfo").scrollIntoViewIfNeeded();
  await expect(
    reader.getByRole("region", { name: "News Feed" }).getByRole("link", { name: draft.title }),
  ).toBeVisible();
  // The article's own page was never re-rendered: same cached copy, same ETag.
  const after = await request.get(`/${other}`);
  expect(after.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(after.headers()["etag"]).toBe(etag);
  await reader.close();
});
