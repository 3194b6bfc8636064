/**
 * `npm run bench [-- --articles N --seconds S]`: measures the production
 * server on seeded data. Starts the app server on its own database (a PGlite
 * folder per size under .data/bench, or DATABASE_URL), loads each page type
 * with wrk on 127.0.0.1 (a Node client would be the bottleneck), and compares
 * every figure with a bare Node HTTP server sending the same article HTML in
 * the same run, because this machine is shared and absolute numbers drift.
 * With --edge: the production topology through Varnish (lib/bench-edge.ts).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { benchEdge } from "./lib/bench-edge";
import { measureSearch, printSearchTimings } from "./lib/bench-search";
import { measurePageWeights, printPageWeights } from "./lib/page-weights";
import { buildNext, runScriptFile, spawnServer } from "./lib/processes";
import { runScript, ScriptError } from "./lib/run-script";
import { printLoadTable, runWrk, wrkAvailable, type LoadFigures } from "./lib/wrk";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "160" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    edge: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const port = Number(values.port);
const baselinePort = port + 1;
const origin = `http://127.0.0.1:${port}`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? path.resolve(`.data/bench/pglite-${articles}`),
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.resolve(".data/bench/media"),
  NEXT_TELEMETRY_DISABLED: "1",
  // The search timings name one address per request (lib/bench-search.ts).
  TRUSTED_PROXY_HOPS: "1",
};

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new ScriptError(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function measure(name: string, url: string): Promise<LoadFigures> {
  // A short warm-up so the first render of each page is not measured.
  await runWrk(name, url, { seconds: 1, connections: 2 });
  return runWrk(name, url, { seconds, connections });
}

/**
 * Pages are served from the full-route cache after their first request, so
 * the load test above mostly measures the cache. What a page costs to render
 * (its queries included) shows on a first request: each of these addresses
 * is fetched once, none of them cached yet.
 */
async function measureFirstRequests(name: string, urls: string[]) {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url);
    await response.text();
    if (response.headers.get("x-nextjs-cache") === "HIT") {
      throw new ScriptError(`${url} was already cached; cannot time its render`);
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, count: times.length, p50: at(0.5), max: times.at(-1)! };
}

/** Addresses of one kind found in a page's links (first `limit`, distinct). */
function linksIn(html: string, pattern: RegExp, limit: number): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1]!))].slice(0, limit);
}

async function clientJavaScriptBytes(
  html: string,
): Promise<{ files: number; raw: number; gzip: number }> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const source of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
    raw += body.byteLength;
    gzip += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: new Set(sources).size, raw, gzip };
}

await runScript(async () => {
  if (!Number.isInteger(articles) || articles < 1)
    throw new ScriptError("--articles takes a whole number.");
  if (!wrkAvailable()) throw new ScriptError("The benchmark needs wrk: apt-get install wrk.");
  if (values.edge) {
    await benchEdge({ articles, seconds, connections, port });
    return;
  }
  console.log(`Preparing ${articles.toLocaleString("en")} articles…`);
  runScriptFile("scripts/db-seed.ts", ["--articles", String(articles)], env);
  if (!fs.existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD !== "reuse") buildNext(env);

  let server: ChildProcess | undefined;
  let baseline: http.Server | undefined;
  try {
    server = spawnServer(["--port", String(port), "--hostname", "127.0.0.1"], {
      env,
      stdio: "ignore",
    });
    await waitFor(`${origin}/`);

    const feed = await (await fetch(`${origin}/news-feed`)).text();
    // First requests before anything else warms the page cache.
    // Stories in the feed's own list, not the site's navigation.
    const feedList = feed.slice(feed.indexOf('class="feed-list'));
    const articleLinks = linksIn(feedList, /<a href="\/([a-z0-9-]+)">/g, 21).slice(1);
    const older = linksIn(feed, /href="(\/news-feed\/older\/[^"]+)"/g, 1)[0];
    const firstRequests = [
      await measureFirstRequests(
        "article",
        articleLinks.map((s) => `${origin}/${s}`),
      ),
      await measureFirstRequests(
        "section",
        ["war", "analysis", "russias-war", "national", "human-story", "field-report"].map(
          (s) => `${origin}/${s}`,
        ),
      ),
      await measureFirstRequests(
        "tag",
        linksIn(
          await (await fetch(`${origin}/${articleLinks[0]}`)).text(),
          /href="(\/tag\/[a-z0-9-]+)"/g,
          10,
        ).map((p) => `${origin}${p}`),
      ),
      ...(older ? [await measureFirstRequests("News Feed, page 2", [`${origin}${older}`])] : []),
    ];
    const searches = await measureSearch(origin);
    const slug = [...feed.matchAll(/<a href="\/([a-z0-9-]+)">/g)]
      .map((m) => m[1]!)
      .find((s) => s !== "news-feed");
    if (!slug) throw new ScriptError("Could not find an article on the News Feed.");
    const articleHtml = await (await fetch(`${origin}/${slug}`)).text();

    baseline = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(articleHtml);
    });
    await new Promise<void>((resolve) => baseline!.listen(baselinePort, "127.0.0.1", resolve));

    const pages: [string, string][] = [
      ["bare Node http (same HTML)", `http://127.0.0.1:${baselinePort}/`],
      ["article", `${origin}/${slug}`],
      ["home", `${origin}/`],
      ["section", `${origin}/war`],
      ["News Feed", `${origin}/news-feed`],
      ["search", `${origin}/search?q=drones+Kharkiv`],
    ];
    const results: LoadFigures[] = [];
    for (const [name, url] of pages) {
      process.stdout.write(`  measuring ${name}…\n`);
      results.push(await measure(name, url));
    }
    const base = results[0]!;
    const js = await clientJavaScriptBytes(articleHtml);
    const weights = await measurePageWeights(pages.slice(1));

    console.log(
      `\n${articles.toLocaleString("en")} articles · ${connections} connections · ${seconds} s per page · ${env.DATABASE_URL ? "PostgreSQL" : "PGlite"}\n`,
    );
    printLoadTable(results, base);
    console.log("\nFirst request of a page (rendered, not yet in the page cache):");
    console.log("page                      pages   p50 ms   max ms");
    for (const r of firstRequests) {
      console.log(
        `${r.name.padEnd(24)} ${String(r.count).padStart(6)} ${r.p50.toFixed(0).padStart(8)} ${r.max.toFixed(0).padStart(8)}`,
      );
    }
    console.log(
      `\nArticle page HTML: ${(Buffer.byteLength(articleHtml) / 1024).toFixed(1)} KiB, ` +
        `${(gzipSync(articleHtml).byteLength / 1024).toFixed(1)} KiB gzipped. ` +
        `Client JavaScript: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KiB, ${(js.gzip / 1024).toFixed(1)} KiB gzipped.`,
    );
    printPageWeights(weights);
    printSearchTimings(searches);
  } finally {
    baseline?.close();
    server?.kill("SIGTERM");
  }
});
