/**
 * `npm run lighthouse [-- --runs 3 --origin http://127.0.0.1:3100]`: Lighthouse
 * (mobile, default throttling) on each reader page type, in Debian's
 * Chromium, against a production build. Without --origin it seeds its own
 * database (.data/lighthouse), builds into .next-lighthouse (LIGHTHOUSE_BUILD=reuse
 * keeps an existing build) and starts the app server (scripts/serve.ts), as
 * readers get it: next.config.ts turns Next's own compression off, so
 * `next start` would send every page and script uncompressed; then it waits for the
 * newest story's audio version, runs each page `--runs` times and prints the
 * median run's scores. The figures are the real ones; the e2e check
 * (e2e/lighthouse.spec.ts) only asserts a floor, since CI machines are noisy.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  CATEGORIES,
  KEPT_OUT_AUDIT,
  KEPT_OUT_OF_INDEX,
  medianRun,
  readerPages,
  type PageRun,
} from "./lib/lighthouse-run";
import { buildNext, runScriptFile, spawnServer } from "./lib/processes";
import { runScript, ScriptError } from "./lib/run-script";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    origin: { type: "string" },
    port: { type: "string", default: "3400" },
    json: { type: "string" },
  },
});
const runs = Number(values.runs);

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new ScriptError(`Gave up waiting for ${what} after ${timeoutMs / 1000} s.`);
}

/** A fresh demo newsroom and a production server of this checkout. */
function startServer(port: number): ChildProcess {
  const root = path.resolve(".data/lighthouse");
  const distDir = process.env.NEXT_DIST_DIR || ".next-lighthouse";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    PGLITE_DATA_DIR: path.join(root, "pglite"),
    MEDIA_DIR: path.join(root, "media"),
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "",
    // Audio for the newest story only, which the article measured needs:
    // the demo's other narrations would be encoded, and each would re-render
    // the pages that show its story, while Lighthouse measures them.
    DEMO_NARRATIONS: "1",
  };
  fs.rmSync(root, { recursive: true, force: true });
  runScriptFile("scripts/db-reset.ts", ["--no-seed"], env);
  runScriptFile("scripts/db-seed.ts", [], env);
  const built = fs.existsSync(path.join(distDir, "BUILD_ID"));
  if (!built || process.env.LIGHTHOUSE_BUILD !== "reuse") buildNext(env);
  // The app server, not `next start`: it gzips what Next sends (compress is off
  // in next.config.ts) and adds the CSP and headers readers get.
  return spawnServer(["--port", String(port), "--hostname", "127.0.0.1"], {
    env,
    stdio: "ignore",
  });
}

const score = (value: number) => value.toFixed(2);
const kib = (bytes: number) => (bytes / 1024).toFixed(0);

function printTable(results: [string, PageRun & { all: number[] }][]) {
  console.log(
    `\nLighthouse, mobile, default throttling; median of ${runs} run(s) by performance score\n`,
  );
  console.log(
    "page                        perf  a11y  b.p.   seo   LCP ms  TBT ms    CLS   JS KiB  font KiB  img KiB  all perf runs",
  );
  for (const [name, run] of results) {
    console.log(
      [
        name.padEnd(26),
        ...CATEGORIES.map((category) => score(run.scores[category]).padStart(5)),
        run.lcp.toFixed(0).padStart(8),
        run.tbt.toFixed(0).padStart(7),
        run.cls.toFixed(3).padStart(6),
        kib(run.bytes.script).padStart(8),
        kib(run.bytes.font).padStart(9),
        kib(run.bytes.image).padStart(8),
        `  ${run.all.map(score).join(" ")}`,
      ].join(" "),
    );
  }
  const byDesign = (name: string, audit: string) =>
    KEPT_OUT_OF_INDEX.has(name) && audit === KEPT_OUT_AUDIT;
  const failing = [
    ...new Set(
      results.flatMap(([name, run]) => run.failing.filter((audit) => !byDesign(name, audit))),
    ),
  ];
  if (results.some(([name, run]) => run.failing.some((audit) => byDesign(name, audit)))) {
    console.log(
      `\nBy design: ${[...KEPT_OUT_OF_INDEX].join(", ")} fails ${KEPT_OUT_AUDIT} (noindex, closed in robots.txt).`,
    );
  }
  if (failing.length) console.log(`\nAudits losing points: ${failing.join(", ")}`);
}

await runScript(async () => {
  if (!Number.isInteger(runs) || runs < 1) throw new ScriptError("--runs takes a whole number.");
  let server: ChildProcess | undefined;
  let origin = values.origin;
  try {
    if (!origin) {
      const port = Number(values.port);
      server = startServer(port);
      origin = `http://127.0.0.1:${port}`;
    }
    const base = origin;
    await waitFor(async () => (await fetch(`${base}/`)).ok, `${base}/`, 120_000);
    // The server narrates the newest stories in the background after it starts.
    let pages: [string, string][] = [];
    await waitFor(
      async () => {
        pages = await readerPages(base);
        return true;
      },
      "an article with a hero image and an audio version",
      300_000,
    );
    const results: [string, PageRun & { all: number[] }][] = [];
    for (const [name, url] of pages) {
      // One unmeasured visit, so the page is in the server's page cache as a reader finds it.
      await (await fetch(url)).text();
      process.stdout.write(`  ${name}: ${url}\n`);
      results.push([name, await medianRun(url, runs)]);
    }
    printTable(results);
    if (values.json)
      fs.writeFileSync(values.json, JSON.stringify(Object.fromEntries(results), null, 2));
  } finally {
    server?.kill("SIGTERM");
  }
});
