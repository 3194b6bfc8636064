import { expect, test, type APIResponse } from "@playwright/test";
import { seedFixtures } from "./fixtures";

/**
 * Bodies known in advance go out with their length, for GET, HEAD and
 * ranges alike: podcast apps and download managers read Content-Length
 * before they fetch, and a chunked answer has none.
 */
const fixtures = seedFixtures();

const lengthOf = (response: APIResponse) => response.headers()["content-length"];

test("media, their ranges and generated images carry Content-Length", async ({ page, request }) => {
  await page.goto(`/${fixtures.published.slug}`);
  const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  const hero = await page.locator("article img").first().getAttribute("src");
  const stored = decodeURIComponent(new URL(hero!, page.url()).searchParams.get("url") ?? hero!);
  expect(stored).toMatch(/^\/media\/images\//);

  const whole = await request.get(stored);
  expect(whole.status()).toBe(200);
  const size = (await whole.body()).byteLength;
  expect(lengthOf(whole)).toBe(String(size));
  expect(whole.headers()["transfer-encoding"]).toBeUndefined();

  const head = await request.head(stored);
  expect(lengthOf(head)).toBe(String(size));

  const part = await request.get(stored, { headers: { Range: "bytes=100-199" } });
  expect(part.status()).toBe(206);
  expect(lengthOf(part)).toBe("100");
  expect(part.headers()["content-range"]).toBe(`bytes 100-199/${size}`);

  // Compressible types (the ICO) are gzipped for clients that take it, and
  // then framed by the compressor; asked plainly, they have a length too.
  const headers = { "Accept-Encoding": "identity" };
  for (const path of [image!, "/og/logo", "/og/podcast-cover.png", "/favicon.ico"]) {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(200);
    expect(lengthOf(response), path).toBe(String((await response.body()).byteLength));
    expect(lengthOf(await request.head(path, { headers })), `HEAD ${path}`).toBe(
      lengthOf(response),
    );
  }
});
