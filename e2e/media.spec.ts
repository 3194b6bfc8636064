import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { seedFixtures } from "./fixtures";
import { staffPage } from "./staff";

interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A photo of its own colour, so no run meets an image stored by an earlier one. */
async function photo(name: string): Promise<TestFile> {
  const background = `#${randomInt(0, 0xffffff).toString(16).padStart(6, "0")}`;
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background } })
    .jpeg()
    .toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

/** Drops files on the upload area the way a browser does when files are dragged onto it. */
async function dropFiles(page: Page, files: TestFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.mimeType }));
      }
      return transfer;
    },
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType,
      base64: file.buffer.toString("base64"),
    })),
  );
  await page.getByText("Drop images here").dispatchEvent("drop", { dataTransfer });
}

test.describe("the media library", () => {
  test("an editor drops two photos, watches them upload, finds both and fixes an alt text", async ({
    browser,
  }) => {
    const run = Date.now();
    const first = await photo(`checkpoint-${run}.jpg`);
    const second = await photo(`market-${run}.jpg`);
    const { context, page } = await staffPage(browser, "editor", "/editor/media");
    await page.goto("/editor/media");
    await expect(page.getByRole("heading", { name: "Media library" })).toBeVisible();

    await dropFiles(page, [first, second]);
    const queue = page.getByRole("list", { name: "Files to upload" });
    await expect(queue.getByRole("listitem")).toHaveCount(2);
    await queue.getByLabel("Alt text").first().fill(`Checkpoint at dawn ${run}`);
    await queue.getByLabel("Alt text").last().fill(`Market after the strike ${run}`);
    await page.getByLabel("Credit").fill("Test Photographer/Newsroom");

    // Hold the first upload until its progress bar has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/editor/media", async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    await page.getByRole("button", { name: "Upload 2 images" }).click();
    await expect(
      page.getByRole("progressbar", { name: `Upload progress of ${first.name}` }),
    ).toBeVisible();
    release();
    await expect(page.getByText("2 of 2 images uploaded.")).toBeVisible();
    await page.unroute("**/api/editor/media");

    const grid = page.getByRole("list", { name: "Images" });
    await expect(grid.getByRole("link", { name: `Checkpoint at dawn ${run}` })).toBeVisible();
    await expect(grid.getByRole("link", { name: `Market after the strike ${run}` })).toBeVisible();

    // The same bytes again: nothing new is stored, and the uploader is told.
    await dropFiles(page, [first]);
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByText(/Already in the library/)).toBeVisible();

    await grid.getByRole("link", { name: `Checkpoint at dawn ${run}` }).click();
    await expect(page.getByRole("heading", { name: `Checkpoint at dawn ${run}` })).toBeVisible();
    await expect(page.getByText("Not used anywhere. It can be deleted.")).toBeVisible();
    const alt = page.getByRole("textbox", { name: "Alt text" });
    await alt.fill(`Soldiers check cars at a checkpoint at dawn ${run}`);
    await page.getByRole("button", { name: "Save text" }).click();
    await expect(
      page.getByText("Saved. Pages placing this image show the new text."),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: `Soldiers check cars at a checkpoint at dawn ${run}` }),
    ).toBeVisible();
    await context.close();
  });

  test("a file that is not an image is refused on its own row, and the others still upload", async ({
    browser,
  }) => {
    const { context, page } = await staffPage(browser, "author", "/editor/media");
    await page.goto("/editor/media");
    const good = await photo(`good-${Date.now()}.jpg`);
    await page
      .getByLabel(/or choose files/)
      .setInputFiles([
        good,
        { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("These are notes.") },
      ]);
    await page.getByRole("button", { name: "Upload 2 images" }).click();
    await expect(page.getByText("1 of 2 images uploaded, 1 failed.")).toBeVisible();
    const refused = page.getByRole("listitem").filter({ hasText: "notes.png" });
    await expect(refused.getByText(/not an image we can read/)).toBeVisible();
    await context.close();
  });

  test("a stored photo is served whole, in ranges and revalidated, with its length", async ({
    request,
  }) => {
    // The hero of a published story, as its page links it (through next/image).
    const html = await (await request.get(`/${seedFixtures().published.slug}`)).text();
    const link =
      /(?:\/|%2F)media(?:\/|%2F)images(?:\/|%2F)[0-9a-f]{2}(?:\/|%2F)[0-9a-f]{64}\.(?:jpg|png|webp)/;
    const src = decodeURIComponent(link.exec(html)?.[0] ?? "");
    expect(src, "the story shows a stored photo").toMatch(/^\/media\/images\//);

    const whole = await request.get(src);
    expect(whole.status()).toBe(200);
    const bytes = await whole.body();
    const headers = whole.headers();
    expect(headers["content-length"]).toBe(String(bytes.byteLength));
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers["accept-ranges"]).toBe("bytes");
    expect(headers["x-newsroom-cache-tags"]).toBeUndefined();
    expect(headers["x-newsroom-content-length"]).toBeUndefined();
    const etag = headers.etag!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const head = await request.head(src);
    expect(head.status()).toBe(200);
    expect(head.headers()["content-length"]).toBe(String(bytes.byteLength));

    const part = await request.get(src, { headers: { Range: "bytes=100-149" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-length"]).toBe("50");
    expect(part.headers()["content-range"]).toBe(`bytes 100-149/${bytes.byteLength}`);
    expect((await part.body()).equals(bytes.subarray(100, 150))).toBe(true);

    const again = await request.get(src, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });
});
