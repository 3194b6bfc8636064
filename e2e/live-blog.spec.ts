import { expect, test, type Page } from "@playwright/test";
import { staffPage, type DemoRole } from "./staff";

/** The demo's live blogs (lib/seed/demo/live-blogs.ts). */
const LIVE = "/grid-strikes-live";
const ENDED = "/prisoner-exchange-live";

const composer = (page: Page) => page.getByRole("textbox", { name: "Update", exact: true });

/** A reporter at the live desk, reached the way staff reach it: from the live page. */
async function reporterAtDesk(browser: Parameters<typeof staffPage>[0], role: DemoRole) {
  const reporter = await staffPage(browser, role, LIVE);
  await reporter.page.getByRole("link", { name: "Edit post" }).click();
  await reporter.page.getByRole("link", { name: "Open the live desk" }).click();
  // The composer is the rich-text editor, drawn once its script has loaded.
  await expect(composer(reporter.page)).toBeVisible({ timeout: 20_000 });
  return reporter;
}

async function post(page: Page, text: string) {
  await composer(page).click();
  await page.keyboard.type(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();
}

test("two reporters post while a reader has the page open, and the reader gets both without a reload", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reader = await browser.newPage();
  await reader.goto(LIVE);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
    "Overnight strikes on the power grid: live updates",
  );
  // The reader is part-way down the stream, reading one update.
  const reading = reader.locator(".live-stream:not(.live-stream-new) .live-update").nth(6);
  await reading.scrollIntoViewIfNeeded();
  const before = (await reading.boundingBox())!.y;

  const first = await reporterAtDesk(browser, "editor");
  const second = await reporterAtDesk(browser, "author");
  const stamp = Date.now().toString(36);
  await post(first.page, `Editor's update ${stamp}: crews reach the second substation.`);
  await post(second.page, `Author's update ${stamp}: queues at the heating point in Poltava.`);

  // Both arrive behind the button, not in the middle of what is being read…
  const button = reader.getByRole("button", { name: "2 new updates" });
  await expect(button).toBeVisible({ timeout: 10_000 });
  expect((await reading.boundingBox())!.y).toBeCloseTo(before, 0);
  // …and go in on top of the stream without moving the reader.
  await button.click();
  await expect(reader.getByText(`Editor's update ${stamp}`)).toBeAttached();
  await expect(reader.getByText(`Author's update ${stamp}`)).toBeAttached();
  expect(Math.abs((await reading.boundingBox())!.y - before)).toBeLessThan(2);
  await expect(button).toHaveCount(0);

  // A reload shows them in the served page too: the cache was refreshed.
  await reader.reload();
  await expect(reader.getByText(`Author's update ${stamp}`)).toBeVisible();
  await first.context.close();
  await second.context.close();
  await reader.close();
});

test("an open page redraws an edited update where it stands and drops a deleted one", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const editor = await reporterAtDesk(browser, "editor");
  const stamp = Date.now().toString(36);
  await post(editor.page, `Kept ${stamp}: the bridge reopens to cars.`);
  await post(editor.page, `Dropped ${stamp}: a report of a strike on the depot.`);
  const reader = await browser.newPage();
  await reader.goto(LIVE);
  const shown = (text: string) => reader.locator(".live-update:visible", { hasText: text });
  await expect(shown(`Kept ${stamp}`)).toHaveCount(1);
  await expect(shown(`Dropped ${stamp}`)).toHaveCount(1);

  await editor.page.getByRole("button", { name: new RegExp(`^Edit Kept ${stamp}`) }).click();
  await composer(editor.page).click();
  await editor.page.keyboard.press("ControlOrMeta+a");
  await editor.page.keyboard.type(`Kept ${stamp}: the bridge reopens to cars and trams.`);
  await editor.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Update saved." })).toBeVisible();
  const item = editor.page.locator(".ld-item", { hasText: `Dropped ${stamp}` });
  await item.getByRole("button", { name: "Delete", exact: true }).click();
  await item.getByRole("button", { name: "Delete for good" }).click();

  // The reader sees the new text in the same place, and the deleted update go.
  await expect(shown(`cars and trams`)).toHaveCount(1, { timeout: 10_000 });
  await expect(shown(`Kept ${stamp}`)).toHaveCount(1);
  await expect(shown(`Dropped ${stamp}`)).toHaveCount(0, { timeout: 10_000 });
  await expect(reader.locator(`#${await shown("cars and trams").getAttribute("id")}`)).toHaveCount(
    1,
  );
  await editor.context.close();
  await reader.close();
});

test("without JavaScript the live page is complete and pages through older updates", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LIVE);
  await expect(page.getByRole("heading", { name: "Key developments" })).toBeVisible();
  await expect(page.getByText("What we know tonight")).toBeVisible();
  const firstPage = await page.locator(".live-update").count();
  expect(firstPage).toBeGreaterThanOrEqual(20);
  await page.getByRole("link", { name: "Older updates →" }).click();
  await expect(page).toHaveURL(/\/grid-strikes-live\/older\//);
  await expect(page.getByRole("heading", { name: /Older updates/ })).toBeVisible();
  // Twenty-odd updates back: on the second page, however many were posted today.
  await expect(page.getByRole("heading", { name: "Heating points open" })).toBeVisible();
  await page.getByRole("link", { name: "← Latest updates" }).click();
  await expect(page).toHaveURL(new RegExp(`${LIVE}$`));

  // An update's own page, from its "Share" link.
  await page.getByRole("link", { name: "Share this update" }).first().click();
  await expect(page).toHaveURL(/\/grid-strikes-live\/updates\//);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/updates\//);
  // An update's address under another live blog, or a made-up one, is a 404 readers can read.
  const updateId = new URL(page.url()).pathname.split("/").at(-1);
  for (const missing of [`${ENDED}/updates/${updateId}`, `${LIVE}/updates/no-such-update`]) {
    expect((await page.goto(missing))?.status(), missing).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  }
  await page.goto(ENDED);
  await expect(page.getByText("This live page has ended.")).toBeVisible();
  await context.close();
});

type LdNode = Record<string, unknown>;

async function jsonLd(page: Page): Promise<LdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const data = JSON.parse(text) as LdNode & { "@graph"?: LdNode[] };
    return data["@graph"] ?? [data];
  });
}

test("the live page describes itself as a LiveBlogPosting with its updates", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LIVE);
  const posting = (await jsonLd(page)).find((node) => node["@type"] === "LiveBlogPosting");
  expect(posting, "a LiveBlogPosting node").toBeTruthy();
  expect(Date.parse(posting!.coverageStartTime as string)).not.toBeNaN();
  expect(posting!.coverageEndTime).toBeUndefined();
  expect(posting!.headline).toBe("Overnight strikes on the power grid: live updates");
  const updates = posting!.liveBlogUpdate as LdNode[];
  expect(updates.length).toBeGreaterThanOrEqual(20);
  for (const update of updates) {
    expect(update["@type"]).toBe("BlogPosting");
    expect(typeof update.headline).toBe("string");
    expect(Date.parse(update.datePublished as string)).not.toBeNaN();
    expect((update.author as LdNode).name).toBeTruthy();
    expect(update.url).toMatch(/^http.*\/grid-strikes-live\/updates\/[\w-]+$/);
  }
  await page.goto(ENDED);
  const ended = (await jsonLd(page)).find((node) => node["@type"] === "LiveBlogPosting");
  expect(Date.parse(ended!.coverageEndTime as string)).toBeGreaterThan(
    Date.parse(ended!.coverageStartTime as string),
  );

  // The updates as RSS, and the story marked LIVE on the home page.
  const feed = await request.get(`${LIVE}/feed`);
  expect(feed.headers()["content-type"]).toContain("xml");
  expect((await feed.text()).match(/<item>/g)?.length).toBeGreaterThanOrEqual(20);
  await page.goto("/");
  const liveNow = page.getByRole("region", { name: "Live now" });
  await expect(liveNow.getByText("Live", { exact: true })).toBeVisible();
  await expect(
    liveNow.getByRole("link", { name: "Overnight strikes on the power grid: live updates" }),
  ).toBeVisible();
  await context.close();
});
