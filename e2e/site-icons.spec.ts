import { expect, test, type APIRequestContext } from "@playwright/test";
import { seedFixtures } from "./fixtures";

/**
 * The site's icons: a favicon at the address browsers ask for unprompted,
 * the SVG mark, Apple's touch icon and a web manifest, each linked from
 * every page and drawn from the site's name.
 */
const fixtures = seedFixtures();

/** A PNG's width and height, read from its header. */
async function pngSize(request: APIRequestContext, path: string): Promise<[number, number]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe("image/png");
  const png = await response.body();
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test.describe("site icons", () => {
  test("every kind of page links the icons and the manifest", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/", `/${fixtures.published.slug}`, "/search", "/no-such-page-here"]) {
      await page.goto(path);
      const links = await page
        .locator("head link")
        .evaluateAll((elements) =>
          elements.map((link) => `${link.getAttribute("rel")} ${link.getAttribute("href")}`),
        );
      expect(links, path).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^icon \/favicon\.ico/),
          expect.stringMatching(/^icon \/icon\.svg/),
          expect.stringMatching(/^apple-touch-icon \/apple-touch-icon\.png/),
          "manifest /manifest.webmanifest",
        ]),
      );
    }
    await context.close();
  });

  test("the favicon, the mark and the manifest's icons are served", async ({ request }) => {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toBe("image/x-icon");
    const ico = await favicon.body();
    // An icon directory (0, 1) holding 16, 32 and 48 pixel images.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    expect([ico[6], ico[22], ico[38]]).toEqual([16, 32, 48]);

    const svg = await request.get("/icon.svg");
    expect(svg.headers()["content-type"]).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+".*<path /);
    expect(await pngSize(request, "/apple-touch-icon.png")).toEqual([180, 180]);

    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const body = (await manifest.json()) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(body).toMatchObject({ name: "The Northern Dispatch", start_url: "/" });
    expect(body.icons.map((icon) => icon.purpose)).toContain("maskable");
    for (const icon of body.icons.filter((icon) => icon.type === "image/png")) {
      const [width, height] = await pngSize(request, icon.src);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  test("pages load without errors in the console", async ({ page }) => {
    // Four pages rendered on their first request, each until the network is quiet.
    test.setTimeout(120_000);
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ["/", `/${fixtures.published.slug}`, "/search", "/newsletters"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(problems).toEqual([]);
  });
});
