import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

/**
 * The audio version of an article. The seed queues narration of the newest
 * stories and the server makes them in the background after it starts, so
 * the newest story gets its player within seconds; the tests wait for it
 * rather than for a fixed time.
 */

const { published } = seedFixtures();
const PLAYER = "Audio version of this article";

// Room for the first narrations to be made while the server starts.
test.describe.configure({ timeout: 180_000 });

async function openNarrated(page: Page, { script = true } = {}) {
  const player = page.getByRole("region", { name: PLAYER });
  await expect(async () => {
    await page.goto(`/${published.slug}`);
    await expect(player).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000, intervals: [1_000, 2_000, 5_000] });
  if (!script) return player;
  // The player's script wakes as it comes near the viewport, before a reader sees it.
  await player.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island="narration-player"]')).toHaveAttribute(
    "data-hydrated",
    "",
  );
  return player;
}

const audioState = (page: Page) =>
  page.locator("audio").evaluate((audio: HTMLAudioElement) => ({
    time: audio.currentTime,
    rate: audio.playbackRate,
    paused: audio.paused,
  }));

test("the player appears under the hero, loads nothing until pressed, and plays", async ({
  page,
}) => {
  const audioRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/media/audio/")) audioRequests.push(request.url());
  });
  const player = await openNarrated(page);
  await expect(player.getByText("This audio is created with AI assistance")).toBeVisible();
  // The length is known before anything is loaded.
  await expect(player.getByText(/^\d+:\d\d$/)).toBeVisible();
  await expect(player.getByText(/^0:00 \/ \d+:\d\d$/)).toBeVisible();
  expect(audioRequests).toEqual([]);

  await player.getByRole("button", { name: "Play the audio version" }).click();
  await expect(player.getByRole("button", { name: "Pause the audio version" })).toBeVisible();
  await expect
    .poll(async () => (await audioState(page)).time, { timeout: 20_000 })
    .toBeGreaterThan(0.5);
  expect(audioRequests.length).toBeGreaterThan(0);

  await player.getByLabel("Speed").selectOption("1.5");
  expect((await audioState(page)).rate).toBe(1.5);

  // Keyboard: pause, then move the position with the arrow keys.
  await player.getByRole("button", { name: "Pause the audio version" }).press("Enter");
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  const before = (await audioState(page)).time;
  const slider = player.getByRole("slider", { name: "Position in the audio" });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect
    .poll(async () => (await audioState(page)).time)
    .toBeGreaterThanOrEqual(Math.floor(before) + 4);
  await player.getByRole("button", { name: "+15s (forward 15 seconds)" }).click();
  await expect
    .poll(async () => (await audioState(page)).time)
    .toBeGreaterThanOrEqual(Math.floor(before) + 19);
  await player.getByRole("button", { name: "−15s (back 15 seconds)" }).click();
  await expect
    .poll(async () => (await audioState(page)).time)
    .toBeLessThan(Math.floor(before) + 19);
});

test("every control's name starts with the words it shows (WCAG 2.5.3)", async ({ page }) => {
  const player = await openNarrated(page);
  const buttons = player.getByRole("button");
  await expect(buttons).toHaveCount(3);
  for (const button of await buttons.all()) {
    // What a sighted reader sees: the text without the parts only for screen readers.
    const visible = await button.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
      return copy.textContent?.trim() ?? "";
    });
    if (!visible) continue;
    const escaped = visible.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await expect(button).toHaveAccessibleName(new RegExp(`^${escaped}`));
  }
  await expect(player.getByRole("button", { name: /^−15s/ })).toBeVisible();
  await expect(player.getByRole("button", { name: /^\+15s/ })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the player has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openNarrated(page);
    const results = await new AxeBuilder({ page })
      .include("section.narration")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test("without JavaScript the browser's own player is there, still loading nothing", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const player = await openNarrated(page, { script: false });
  const audio = player.locator("audio[controls]");
  await expect(audio).toBeVisible();
  await expect(audio).toHaveAttribute("preload", "none");
  await context.close();
});

test("editors see the live audio in the article editor", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor", "/editor");
  await openNarrated(page);
  await page.getByRole("link", { name: "Edit post" }).click();
  const panel = page.getByRole("region", { name: "Audio narration" });
  await expect(panel.getByText(/^Live: \d+:\d\d/)).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByLabel("The audio readers hear")).toHaveAttribute("preload", "none");
  await expect(panel.getByRole("button", { name: "Regenerate" })).toBeEnabled();
  await context.close();
});
