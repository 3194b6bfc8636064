import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";

/**
 * The production topology as it runs (npm run cluster): Varnish in front of
 * two app servers and a worker, on PostgreSQL. Every request here goes
 * through Varnish.
 */
test.describe.configure({ mode: "serial" });

const cluster = () =>
  JSON.parse(fs.readFileSync(".data/topology/cluster.json", "utf8")) as {
    origin: string;
    apps: { pid: number; port: number }[];
  };

function clusterDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname.replace(/^\//, "")}_topology`;
  return url.toString();
}

interface Story {
  id: string;
  slug: string;
  title: string;
  section: string;
  tag: string;
  author: string;
}

/** A draft with a section, a tag and a byline, and a published story sharing none of them. */
async function pickStories(): Promise<{ draft: Story; unrelated: { slug: string } }> {
  const client = new pg.Client({ connectionString: clusterDatabaseUrl() });
  await client.connect();
  try {
    const draft = await client.query<Story>(`
      SELECT a.id, a.slug, a.title, s.slug AS section, t.slug AS tag, au.slug AS author
      FROM "Article" a
      JOIN "Section" s ON s.id = a."sectionId"
      JOIN "ArticleTag" at ON at."articleId" = a.id JOIN "Tag" t ON t.id = at."tagId"
      JOIN "ArticleAuthor" aa ON aa."articleId" = a.id JOIN "Author" au ON au.id = aa."authorId"
      WHERE a.status = 'DRAFT' AND a.type <> 'PAGE'
      LIMIT 1`);
    const story = draft.rows[0]!;
    const unrelated = await client.query<{ slug: string }>(
      `SELECT a.slug FROM "Article" a
       WHERE a.status = 'PUBLISHED' AND a.type <> 'PAGE' AND a."sectionId" IS DISTINCT FROM
         (SELECT "sectionId" FROM "Article" WHERE id = $1)
       AND NOT EXISTS (SELECT 1 FROM "ArticleTag" x JOIN "ArticleTag" y ON x."tagId" = y."tagId"
                       WHERE x."articleId" = a.id AND y."articleId" = $1)
       AND NOT EXISTS (SELECT 1 FROM "ArticleAuthor" x JOIN "ArticleAuthor" y ON x."authorId" = y."authorId"
                       WHERE x."articleId" = a.id AND y."articleId" = $1)
       ORDER BY a."publishedAt" ASC LIMIT 1`,
      [story.id],
    );
    return { draft: story, unrelated: unrelated.rows[0]! };
  } finally {
    await client.end();
  }
}

/** `plain`: as a client that takes no gzip (a crawler, a script). */
async function get(path: string, plain = false) {
  const response = await fetch(`${cluster().origin}${path}`, {
    redirect: "manual",
    headers: plain ? { "Accept-Encoding": "identity" } : {},
  });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    etag: response.headers.get("etag"),
    encoding: response.headers.get("content-encoding"),
    body: await response.text(),
  };
}

/** Asks until Varnish answers from its cache. */
async function warm(path: string, plain = false): Promise<void> {
  await expect(async () => expect((await get(path, plain)).cache, path).toBe("HIT")).toPass({
    timeout: 20_000,
    intervals: [100, 250, 500],
  });
}

/**
 * The text as React writes it into HTML. Reader pages carry no flight data,
 * so a headline with an apostrophe is only ever there escaped.
 */
const asHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/**
 * Polls every page until each shows (or no longer shows) the text, and
 * says how long the slowest took after the change was saved.
 */
async function freshWithin(
  pages: string[],
  text: string,
  shown: boolean,
  plain: string[] = [],
): Promise<number> {
  const started = Date.now();
  const asked = [
    ...pages.map((path) => ({ path, plain: false })),
    ...plain.map((path) => ({ path, plain: true })),
  ];
  const took = await Promise.all(
    asked.map(async ({ path, plain }) => {
      for (;;) {
        const page = await get(path, plain);
        if (page.body.includes(asHtml(text)) === shown) return Date.now() - started;
        if (Date.now() - started > 10_000) {
          throw new Error(`${path} did not ${shown ? "show" : "drop"} “${text}” within 10 s`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }),
  );
  console.log(
    `  ${asked.map(({ path, plain }, i) => `${path}${plain ? " (plain)" : ""} ${took[i]} ms`).join(", ")}`,
  );
  return Math.max(...took);
}

async function editorPage(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill("editor@example.com");
  await page.getByLabel("Password").fill("newsroom-editor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
  return { context, page };
}

test("a story published, edited, corrected and taken down is fresh through Varnish within a second wherever it shows, and nowhere else changes", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { draft, unrelated } = await pickStories();
  const lists = [
    "/",
    "/news-feed",
    `/${draft.section}`,
    `/tag/${draft.tag}`,
    `/author/${draft.author}`,
  ];
  for (const path of [...lists, `/${unrelated.slug}`]) await warm(path);
  const before = await get(`/${unrelated.slug}`);

  const { context, page } = await editorPage(browser, `/editor/articles/${draft.id}`);
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  const timings: Record<string, number> = {};

  // Published.
  const headline = `${draft.title} (${Date.now()})`;
  await page.getByLabel("Headline").fill(headline);
  const useStandfirst = page.getByRole("button", { name: "Use the standfirst" });
  if (await useStandfirst.isVisible()) await useStandfirst.click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible({
    timeout: 20_000,
  });
  timings.publish = await freshWithin(lists, headline, true);

  // Edited. Varnish keeps a plain copy for clients that take no gzip, and
  // purges it with the gzipped one.
  await warm(`/${draft.slug}`);
  await warm("/", true);
  expect((await get("/", true)).encoding).toBeNull();
  const edited = `${headline} (edited)`;
  await page.getByLabel("Headline").fill(edited);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-state")).toHaveText(/^Saved/, { timeout: 20_000 });
  timings.edit = await freshWithin([...lists, `/${draft.slug}`], edited, true, ["/"]);

  // Corrected.
  await warm(`/${draft.slug}`);
  const note = `An earlier version of this story misstated the time (${Date.now()}).`;
  const panel = page.getByRole("region", { name: "Corrections and updates" });
  await panel.getByLabel("Add a note").selectOption("CORRECTION");
  await panel.getByLabel("What readers are told").fill(note);
  await panel.getByRole("button", { name: "Add correction" }).click();
  await expect(panel.getByRole("status")).toHaveText(/Correction added/, { timeout: 20_000 });
  timings.correction = await freshWithin([`/${draft.slug}`, "/corrections"], note, true);

  // Taken down.
  for (const path of lists) await warm(path);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("Unpublished: the article is no longer on the site.")).toBeVisible({
    timeout: 20_000,
  });
  timings.takeDown = await freshWithin(lists, edited, false);
  await expect(async () => expect((await get(`/${draft.slug}`)).status).toBe(404)).toPass({
    timeout: 2_000,
  });
  await context.close();

  console.log(`fresh through Varnish after (ms): ${JSON.stringify(timings)}`);
  for (const [step, ms] of Object.entries(timings)) {
    expect(ms, `${step}: every page fresh within a second`).toBeLessThanOrEqual(1_000);
  }

  // The unrelated story was never purged: still the same cached copy.
  const after = await get(`/${unrelated.slug}`);
  expect(after.cache).toBe("HIT");
  expect(after.etag).toBe(before.etag);
});

/** The demo's running live blog. */
async function pickLiveBlog(): Promise<{ id: string; slug: string }> {
  const client = new pg.Client({ connectionString: clusterDatabaseUrl() });
  await client.connect();
  try {
    const live = await client.query<{ id: string; slug: string }>(`
      SELECT a.id, a.slug FROM "Article" a JOIN "LiveBlog" l ON l."articleId" = a.id
      WHERE a.status = 'PUBLISHED' AND l.state = 'LIVE'
      ORDER BY a."publishedAt" DESC LIMIT 1`);
    return live.rows[0]!;
  } finally {
    await client.end();
  }
}

test("a live update reaches the live page and the open pages' fragment through Varnish within two seconds", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const blog = await pickLiveBlog();
  const { unrelated } = await pickStories();
  const pages = [`/${blog.slug}`, `/fragments/live/${blog.id}`];
  for (const path of [...pages, `/${unrelated.slug}`]) await warm(path);
  const before = await get(`/${unrelated.slug}`);

  const { context, page } = await editorPage(browser, `/editor/live/${blog.id}`);
  const composer = page.getByRole("textbox", { name: "Update", exact: true });
  await expect(composer).toBeVisible({ timeout: 20_000 });
  const text = `Crews restore power to the northern district (${Date.now()}).`;
  await composer.click();
  await page.keyboard.type(text);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible({
    timeout: 20_000,
  });
  const took = await freshWithin(pages, text, true);
  await context.close();
  console.log(`live update fresh through Varnish after ${took} ms`);
  expect(took, "the live page and its fragment fresh within two seconds").toBeLessThanOrEqual(
    2_000,
  );
  // An open page's poll that finds nothing new is a 304 from Varnish's copy.
  const fragment = await get(`/fragments/live/${blog.id}`);
  const again = await fetch(`${cluster().origin}/fragments/live/${blog.id}`, {
    headers: { "If-None-Match": fragment.etag! },
  });
  expect(again.status).toBe(304);
  expect(again.headers.get("x-cache")).toBe("HIT");
  // Nothing else was purged.
  const after = await get(`/${unrelated.slug}`);
  expect(after.cache).toBe("HIT");
  expect(after.etag).toBe(before.etag);
});

test("killing an app server under load fails no reader request", async () => {
  test.setTimeout(120_000);
  const paths = ["/", "/news-feed", "/war", "/feed", "/sitemap.xml"];
  for (const path of paths) await warm(path);
  const [victim] = cluster().apps;
  const failures: string[] = [];
  let requests = 0;
  const until = Date.now() + 8_000;
  const killAt = Date.now() + 2_000;
  let killed = false;
  const client = async (n: number) => {
    for (let i = 0; Date.now() < until; i++) {
      if (!killed && Date.now() >= killAt) {
        killed = true;
        // kill's own signal, as a deploy or an orchestrator sends it: the
        // server stops taking connections and finishes what it has. (A
        // crash, SIGKILL, can also cut the answers it is sending at that
        // instant; the edge retries every fetch not yet begun.)
        process.kill(victim!.pid, "SIGTERM");
      }
      // Half of them miss the cache on purpose, so the app servers are asked.
      const path = i % 2 ? paths[i % paths.length]! : `/news-feed?load=${n}-${i}`;
      try {
        const response = await fetch(`${cluster().origin}${path}`);
        await response.arrayBuffer();
        requests++;
        if (response.status !== 200) failures.push(`${path}: ${response.status}`);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
  expect(killed).toBe(true);
  expect(requests).toBeGreaterThan(100);
  expect(failures).toEqual([]);
});

test("with every app server stopped, Varnish keeps answering cached pages", async () => {
  const paths = ["/", "/news-feed", "/war", "/feed"];
  for (const path of paths) await warm(path);
  for (const app of cluster().apps) {
    try {
      process.kill(app.pid, "SIGKILL");
    } catch {
      // Already stopped by the test before.
    }
  }
  // Long enough for the health checks to mark every backend sick.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  for (const path of paths) {
    const page = await get(path);
    expect(page.status, path).toBe(200);
    expect(page.body.length, path).toBeGreaterThan(100);
  }
});
