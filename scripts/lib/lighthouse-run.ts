/**
 * Lighthouse against a running production server, in Debian's Chromium (or
 * LIGHTHOUSE_CHROMIUM_PATH / E2E_CHROMIUM_PATH), with Lighthouse's default
 * mobile settings: a mid-range phone's screen and CPU, a slow 4G network,
 * simulated throttling. Shared by `npm run lighthouse` and the e2e check.
 */
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageRun {
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred, by resource type. */
  bytes: { total: number; script: number; font: number; image: number; document: number };
  /** Audits that lost points in categories other than performance. */
  failing: string[];
}

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--mute-audio",
];

export function chromiumPath(): string {
  const candidates = [
    process.env.LIGHTHOUSE_CHROMIUM_PATH,
    process.env.E2E_CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw new Error("No Chromium found: set LIGHTHOUSE_CHROMIUM_PATH.");
  return found;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function bytesByType(lhr: Lhr): PageRun["bytes"] {
  const summary = lhr.audits["resource-summary"]?.details as
    { items: { resourceType: string; transferSize: number }[] } | undefined;
  const of = (type: string) =>
    summary?.items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {
    total: of("total"),
    script: of("script"),
    font: of("font"),
    image: of("image"),
    document: of("document"),
  };
}

function failingAudits(lhr: Lhr): string[] {
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    if (category === "performance") continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push(`${category}: ${ref.id}`);
      }
    }
  }
  return failing;
}

/**
 * Chromium now and then fails to record a page load's trace, a failure of
 * the run and not of the page: such a run is made again, once.
 */
const TRACE_FAILURES = new Set(["NO_NAVSTART", "NO_TRACING_STARTED", "PROTOCOL_TIMEOUT"]);
class TraceFailure extends Error {}

/** One Lighthouse run of one address in a fresh browser. */
export async function runLighthouse(url: string): Promise<PageRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      const { code, message } = lhr.runtimeError;
      throw new (TRACE_FAILURES.has(code) ? TraceFailure : Error)(`${url}: ${message}`);
    }
    const score = (category: Category) => lhr.categories[category]?.score ?? 0;
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
      },
      lcp: value("largest-contentful-paint"),
      fcp: value("first-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      bytes: bytesByType(lhr),
      failing: failingAudits(lhr),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * `runs` runs of one address; the run with the median performance score
 * stands for the page (Lighthouse's own advice for noisy machines).
 */
export async function medianRun(url: string, runs = 3): Promise<PageRun & { all: number[] }> {
  const results: PageRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    results.push(
      await runLighthouse(url).catch((error: unknown) => {
        if (!(error instanceof TraceFailure)) throw error;
        console.warn(`  ${error.message} Running it again.`);
        return runLighthouse(url);
      }),
    );
  }
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { ...median, all: results.map((run) => run.scores.performance) };
}

/**
 * Page types that ask search engines to stay away, so Lighthouse's
 * `is-crawlable` audit fails there by design: search results are endless,
 * thin pages, `noindex` and closed in robots.txt (app/robots.ts), as search
 * engines ask of a site's internal search. Every other SEO audit must pass.
 */
export const KEPT_OUT_OF_INDEX = new Set(["search"]);
export const KEPT_OUT_AUDIT = "seo: is-crawlable";

/** The reader pages measured, by type, from a running server's own links. */
export async function readerPages(origin: string): Promise<[string, string][]> {
  const home = await (await fetch(`${origin}/`)).text();
  const section = home.match(/<ul class="nav-sections">\s*<li><a href="\/([a-z0-9-]+)"/)?.[1];
  const narrated = await findNarratedArticle(origin, home);
  return [
    ["home", `${origin}/`],
    ["section", `${origin}/${section ?? "war"}`],
    ["article (hero, narration)", narrated],
    ["News Feed", `${origin}/news-feed`],
    ["search", `${origin}/search?q=drones`],
  ];
}

/** The newest story that has a hero image and an audio version. */
async function findNarratedArticle(origin: string, home: string): Promise<string> {
  const slugs = [...home.matchAll(/class="story-card-title"><a href="\/([a-z0-9-]+)"/g)].map(
    (match) => match[1]!,
  );
  for (const slug of new Set(slugs)) {
    const html = await (await fetch(`${origin}/${slug}`)).text();
    if (html.includes('class="narration"') && html.includes("article-hero")) {
      return `${origin}/${slug}`;
    }
  }
  throw new Error("No story on the front page has a hero image and an audio version yet.");
}
