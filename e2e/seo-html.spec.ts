import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { seedFixtures } from "./fixtures";

/**
 * Every reader page type passes the W3C Nu HTML Checker (the `vnu-jar`
 * package, run offline with Java) without a single error. Java is needed
 * (see the README); without it the test fails and says how to get it.
 */
const fixtures = seedFixtures();
const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

async function hasJava(): Promise<boolean> {
  try {
    await run("java", ["-version"]);
    return true;
  } catch {
    return false;
  }
}

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

test("home, section, tag, author, article, page, live blog, News Feed, search, newsletters, membership and 404 are valid HTML", async ({
  request,
}) => {
  expect(
    await hasJava(),
    "The Nu HTML Checker needs Java: apt-get install default-jre-headless",
  ).toBe(true);
  test.setTimeout(120_000);

  const article = await (await request.get(`/${fixtures.published.slug}`)).text();
  const tagPath = /href="(\/tag\/[^"]+)"/.exec(article)?.[1];
  const authorPath = /href="(\/author\/[^"]+)"/.exec(article)?.[1];
  expect(tagPath && authorPath).toBeTruthy();
  const live = await (await request.get("/grid-strikes-live")).text();
  const olderUpdates = /href="(\/grid-strikes-live\/older\/[^"]+)"/.exec(live)?.[1];
  const updatePath = /href="(\/grid-strikes-live\/updates\/[^"]+)"/.exec(live)?.[1];
  expect(olderUpdates && updatePath).toBeTruthy();
  const pages = {
    home: "/",
    section: `/${fixtures.section.slug}`,
    tag: tagPath!,
    author: authorPath!,
    article: `/${fixtures.published.slug}`,
    corrected: `/${fixtures.withCorrection.slug}`,
    page: `/${fixtures.page.slug}`,
    "news-feed": "/news-feed",
    "live-blog": "/grid-strikes-live",
    "live-blog-older": olderUpdates!,
    "live-update": updatePath!,
    "live-blog-ended": "/prisoner-exchange-live",
    search: "/search?q=drones",
    "empty-search": "/search",
    newsletters: "/newsletters",
    membership: "/membership",
    "sign-up-answer": "/newsletters/sign-up?newsletter=morning-briefing&result=invalid-email",
    "not-found": "/no-such-story-anywhere",
    "uk-home": "/uk",
    "uk-section": `/uk/${fixtures.uk.section.slug}`,
    "uk-article": `/uk/${fixtures.uk.translation.slug}`,
    "uk-news-feed": "/uk/news-feed",
    "uk-search": "/uk/search?q=%D0%9A%D0%B8%D1%94%D0%B2%D1%96",
    "uk-newsletters": "/uk/newsletters",
    "uk-newsletter-preferences": "/uk/newsletters/manage?requested=sent",
    "uk-sign-up-answer": "/uk/newsletters/sign-up?newsletter=ranok&result=invalid-email",
    "uk-reader-sign-in": "/uk/comments/sign-in?returnTo=/uk",
  };

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-vnu-"));
  try {
    for (const [name, pagePath] of Object.entries(pages)) {
      const response = await request.get(pagePath);
      expect(response.status(), pagePath).toBe(name === "not-found" ? 404 : 200);
      fs.writeFileSync(path.join(dir, `${name}.html`), await response.text());
    }
    const files = Object.keys(pages).map((name) => path.join(dir, `${name}.html`));
    // vnu exits non-zero when it finds errors; the JSON report is on stderr either way.
    const result = await run(
      "java",
      ["-jar", vnuJar, "--format", "json", "--errors-only", ...files],
      {
        maxBuffer: 32 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
    const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === "error" || message.subType === "fatal")
      .map(
        (message) =>
          `${path.basename(message.url)}:${message.lastLine ?? "?"} ${message.message} ${message.extract ?? ""}`,
      );
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
