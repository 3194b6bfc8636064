import { expect, test, type Locator, type Page } from "@playwright/test";
import { slugify } from "../lib/slugs/rules";
import { chooseHeroImage } from "./editor-steps";
import { seedFixtures } from "./fixtures";
import { staffPage, type DemoRole } from "./staff";

const fixtures = seedFixtures();

// Long journeys (every width, many links), on a machine that may be busy
// making the seeded narrations when the server has just started.
test.describe.configure({ timeout: 120_000 });

const saveState = (page: Page) => page.getByTestId("save-state");
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

/** Starts a draft through the "New article" form and returns its editor URL. */
async function startDraft(page: Page, headline: string): Promise<string> {
  await page.goto("/editor/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/(?!new$)[\w-]+$/, { timeout: 15_000 });
  await expect(body(page)).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Where an element is on screen, and whether it is the element seen at its centre. */
function onScreen(locator: Locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      top: box.top,
      bottom: box.bottom,
      uncovered: seen !== null && (seen === element || element.contains(seen)),
    };
  });
}

test.describe("the action bar", () => {
  const widths = [390, 600, 768, 960, 1024, 1280, 1366, 1440, 1600, 1920];
  const workflow: Record<DemoRole, RegExp> = {
    contributor: /^Submit for review$/,
    author: /^Publish$/,
    editor: /^Publish$/,
    admin: /^Publish$/,
  };

  for (const role of ["contributor", "author", "editor", "admin"] as const) {
    test(`stays in view, clear of the staff menu, at every width, for ${role}s`, async ({
      browser,
    }) => {
      const { context, page } = await staffPage(browser, role);
      await startDraft(page, `Long read on the river ports ${role} ${Date.now()}`);
      // A body long enough to scroll at every width.
      await body(page).click();
      for (let i = 0; i < 24; i++) {
        await page.keyboard.insertText(`Paragraph ${i + 1} of the story, long enough to wrap.`);
        await page.keyboard.press("Enter");
      }
      const menu = page.getByRole("banner");
      const controls = [
        page.getByRole("button", { name: "Save", exact: true }),
        saveState(page),
        page.getByRole("button", { name: workflow[role] }),
      ];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        // Into the middle of the story, where the bar and the body's toolbar stick.
        await body(page).evaluate((element) => {
          const box = element.getBoundingClientRect();
          window.scrollBy(0, box.top + box.height / 2 - window.innerHeight / 2);
        });
        expect(await page.evaluate(() => window.scrollY), `scrolled at ${width}px`).toBeGreaterThan(
          300,
        );
        const menuBottom = Math.max(0, (await onScreen(menu)).bottom);
        for (const control of controls) {
          const where = await onScreen(control);
          const what = `${await control.textContent()} at ${width}px`;
          expect(where.top, `${what}: below the menu`).toBeGreaterThanOrEqual(menuBottom - 0.5);
          expect(where.bottom, `${what}: on screen`).toBeLessThanOrEqual(800);
          expect(where.uncovered, `${what}: not covered`).toBe(true);
        }
        // Wider than 60rem, the body's toolbar sticks too: below the bar, not under it.
        if (width > 960) {
          const toolbar = await onScreen(page.getByRole("toolbar", { name: "Text formatting" }));
          const bar = await onScreen(controls[0]!);
          expect(toolbar.top, `toolbar at ${width}px`).toBeGreaterThanOrEqual(bar.bottom);
        }
      }
      await context.close();
    });
  }
});

test.describe("the article's address", () => {
  test("is the headline typed into the New article form, and is published there", async ({
    browser,
  }) => {
    const headline = `Winter grain exports resume from the delta ${Date.now()}`;
    const slug = slugify(headline);
    const { context, page } = await staffPage(browser, "editor");
    await startDraft(page, headline);
    await expect(page.getByLabel("Slug")).toHaveValue(slug);

    // Everything else the checklist asks for; the headline is left alone.
    await page
      .getByLabel("Standfirst")
      .fill("Barges left the delta ports at dawn, the first convoy since the ice.");
    await page.getByLabel("Section").selectOption({ label: fixtures.section.name });
    await chooseHeroImage(page);
    const checklist = page.getByRole("region", { name: "Ready to publish" });
    await expect(checklist).toContainText("Everything is ready.");
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    // Publishing saves first; both take seconds while the server makes audio.
    await expect(page.getByRole("link", { name: /View on site/ })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByLabel("Slug")).toHaveValue(slug);
    await context.close();

    const reader = await browser.newPage();
    const response = await reader.goto(`/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await reader.close();
  });
});

test.describe("links", () => {
  test("a link added to selected words keeps them when End and Enter follow at once", async ({
    browser,
  }) => {
    const { context, page } = await staffPage(browser, "editor");
    await startDraft(page, `Reports from the ports ${Date.now()}`);
    const toolbar = page.getByRole("toolbar", { name: "Text formatting" });
    const rounds = 10;
    await body(page).click();
    for (let i = 1; i <= rounds; i++) {
      await page.keyboard.type(`Read the full report ${i} here`);
      // Select "full report N", the words before " here".
      for (let k = 0; k < " here".length; k++) await page.keyboard.press("ArrowLeft");
      for (let k = 0; k < `full report ${i}`.length; k++) {
        await page.keyboard.press("Shift+ArrowLeft");
      }
      await toolbar.getByRole("button", { name: "Add link" }).click();
      const panel = page.getByRole("dialog", { name: "Add link" });
      await panel.getByLabel("Link address").fill(`https://example.com/report-${i}`);
      await panel.getByRole("button", { name: "Add link" }).click();
      // As fast as a script types, with no wait for the text to take focus
      // back: the linked words must not be what Enter replaces.
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
    }
    await expectEveryLink(page, rounds);

    // What is saved is what is on screen.
    await expect(saveState(page)).toHaveText(/^Saved/, { timeout: 15_000 });
    await page.reload();
    await expectEveryLink(page, rounds);
    await context.close();
  });
});

/**
 * Every round's words are in the text and its link holds them. (Keys sent
 * faster than any person types can outrun the browser's caret updates, so
 * End may not have moved the caret before Enter: where " here" ends up
 * varies, but no word may be lost.)
 */
async function expectEveryLink(page: Page, rounds: number) {
  const links = body(page).getByRole("link");
  await expect(links).toHaveCount(rounds);
  const text = (await body(page).innerText()).replace(/\s+/g, " ");
  for (let i = 1; i <= rounds; i++) {
    await expect(links.nth(i - 1)).toHaveText(`full report ${i}`);
    expect(text).toContain(`Read the full report ${i}`);
  }
  expect(text.match(/\bhere\b/g)).toHaveLength(rounds);
}

/**
 * Holds the page's scripts back until `release` is called, so a test can
 * type into the server-rendered form the way a person does on a slow line.
 */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("typing before the page's script has loaded", () => {
  test("is kept by the article editor, and saved", async ({ browser }) => {
    const { context, page } = await staffPage(browser, "editor");
    const headline = `Ferry timetable changes ${Date.now()}`;
    const editorPath = await startDraft(page, headline);

    const release = await holdScripts(page);
    await page.goto(editorPath, { waitUntil: "domcontentloaded" });
    const title = page.getByLabel("Headline");
    // The headline already has text: hydration used to put it back as it was.
    await title.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" for the winter");
    await page.getByLabel("Standfirst").click();
    await page.keyboard.type("Fewer crossings on the northern route from next week.");
    // Nothing has hydrated yet: the body editor only appears once it has.
    await expect(body(page)).toHaveCount(0);
    release();

    await expect(body(page)).toBeVisible();
    await expect(title).toHaveValue(`${headline} for the winter`);
    await expect(page.getByLabel("Standfirst")).toHaveValue(
      "Fewer crossings on the northern route from next week.",
    );
    // The address follows the headline it was given.
    await expect(page.getByLabel("Slug")).toHaveValue(slugify(`${headline} for the winter`));
    await expect(saveState(page)).toHaveText(/^Saved/, { timeout: 15_000 });
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.reload();
    await expect(page.getByLabel("Headline")).toHaveValue(`${headline} for the winter`);
    await expect(page.getByLabel("Standfirst")).toHaveValue(
      "Fewer crossings on the northern route from next week.",
    );
    await context.close();
  });

  test("is kept by the staff forms, and saved", async ({ browser }) => {
    const { context, page } = await staffPage(browser, "editor");
    const name = `River Desk ${Date.now()}`;
    const release = await holdScripts(page);
    await page.goto("/editor/sections/new", { waitUntil: "domcontentloaded" });
    await page.getByRole("textbox", { name: "Name" }).click();
    await page.keyboard.type(name);
    await page.getByRole("textbox", { name: "Description" }).click();
    await page.keyboard.type("Barges, ferries and the ports along the river.");
    // Until the script has loaded, the form cannot be sent (and lost).
    await expect(page.getByRole("button", { name: "Create section" })).toBeDisabled();
    release();

    // The address follows the name typed before the script ran.
    await expect(page.getByRole("textbox", { name: "Address" })).toHaveValue(slugify(name));
    await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(name);
    await page.getByRole("button", { name: "Create section" }).click();
    await expect(page).toHaveURL(/\/editor\/sections\/(?!new)[\w-]+\?created=1$/);
    await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue(name);
    await expect(page.getByRole("textbox", { name: "Description" })).toHaveValue(
      "Barges, ferries and the ports along the river.",
    );
    await context.close();
  });
});
