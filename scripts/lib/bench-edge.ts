import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { startCluster } from "./cluster";
import { buildNext, runScriptFile } from "./processes";
import { ScriptError } from "./run-script";
import { printLoadTable, runWrk, wrkAvailable, type LoadFigures } from "./wrk";

/** Where the resident memory goes, from the app server's own metrics (METRICS_PORT). */
async function memoryBreakdown(metricsPort: number): Promise<string> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const mb = (name: string) => {
      const bytes = Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
      return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    };
    return (
      `  V8 heap ${mb("nodejs_heap_size_total_bytes")} (${mb("nodejs_heap_size_used_bytes")} used), ` +
      `external ${mb("nodejs_external_memory_bytes")}.`
    );
  } catch {
    return "  (no metrics from the app server)";
  }
}

/**
 * `npm run bench -- --edge`: the cached article, home and News Feed through
 * Varnish, the same pages from one app server alone, and a bare Node server
 * sending the same article bytes, all in one run; then an app server's
 * memory after a minute of load. Needs DATABASE_URL (PostgreSQL), Varnish
 * and wrk.
 */
export async function benchEdge(options: {
  articles: number;
  seconds: number;
  connections: number;
  port: number;
}): Promise<void> {
  if (!process.env.DATABASE_URL) {
    throw new ScriptError("--edge needs DATABASE_URL (PostgreSQL), as the cluster does.");
  }
  if (!wrkAvailable()) throw new ScriptError("--edge needs wrk: apt-get install wrk.");
  const dir = path.resolve(".data/bench/edge");
  fs.mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: `http://127.0.0.1:${options.port}`,
    MEDIA_DIR: path.join(dir, "media"),
  };
  console.log(`Preparing ${options.articles.toLocaleString("en")} articles…`);
  runScriptFile("scripts/db-seed.ts", ["--articles", String(options.articles)], env);
  if (!fs.existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD !== "reuse") buildNext(env);

  const cluster = await startCluster({
    port: options.port,
    servers: 1,
    dir,
    env,
    logs: "files",
    varnishCache: "512m",
  });
  const app = `http://127.0.0.1:${cluster.apps[0]!.port}`;
  let bare: http.Server | undefined;
  try {
    const feed = await (await fetch(`${cluster.origin}/news-feed`)).text();
    const list = feed.slice(feed.indexOf('class="feed-list'));
    const slug = /<a href="\/([a-z0-9-]+)">/.exec(list)?.[1];
    if (!slug) throw new ScriptError("Could not find an article on the News Feed.");
    const pages = [`/${slug}`, "/", "/news-feed"];
    // Warm both caches: Varnish's (HIT) and the app server's own.
    for (const page of pages) {
      for (let i = 0; i < 20; i++) {
        const response = await fetch(`${cluster.origin}${page}`);
        await response.arrayBuffer();
        if (response.headers.get("x-cache") === "HIT") break;
      }
      await (await fetch(`${app}${page}`)).arrayBuffer();
    }
    const articleBytes = Buffer.from(
      await (await fetch(`${cluster.origin}/${slug}`)).arrayBuffer(),
    );
    bare = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(articleBytes);
    });
    const barePort = options.port + 50;
    await new Promise<void>((resolve) => bare!.listen(barePort, "127.0.0.1", resolve));

    const load = { seconds: options.seconds, connections: options.connections };
    // wrk asks for plain bytes, as the bare server sends them; browsers and
    // Varnish ask for gzip, which the last rows show.
    const gzip = { "Accept-Encoding": "gzip" };
    const measured: [string, string, Record<string, string>?][] = [
      ["bare Node (same article bytes)", `http://127.0.0.1:${barePort}/`],
      ["Varnish: article", `${cluster.origin}/${slug}`],
      ["Varnish: home", `${cluster.origin}/`],
      ["Varnish: News Feed", `${cluster.origin}/news-feed`],
      ["app server alone: article", `${app}/${slug}`],
      ["app server alone: home", `${app}/`],
      ["app server alone: News Feed", `${app}/news-feed`],
      ["Varnish: home, gzip", `${cluster.origin}/`, gzip],
      ["app server alone: article, gzip", `${app}/${slug}`, gzip],
    ];
    const results: LoadFigures[] = [];
    for (const [name, url, headers] of measured) {
      process.stdout.write(`  measuring ${name}…\n`);
      results.push(await runWrk(name, url, { ...load, headers }));
    }
    console.log(
      `\nThrough the edge · ${options.articles.toLocaleString("en")} articles · wrk -t1 -c${options.connections} · ${options.seconds} s per page · PostgreSQL · reply cache ${process.env.REPLY_CACHE === "off" ? "off" : "on"}\n`,
    );
    printLoadTable(results, results[0]!);
    console.log(
      `\nArticle: ${(articleBytes.byteLength / 1024).toFixed(1)} KiB. Goal: Varnish at least 0.10 of bare Node.`,
    );

    // Memory of one app server after a minute of mixed load on it directly.
    process.stdout.write("\n  loading one app server for 60 s…\n");
    const pid = cluster.apps[0]!.child.pid!;
    await Promise.all(
      pages.map((page) => runWrk(page, `${app}${page}`, { seconds: 60, connections: 3 })),
    );
    const rssKb = Number(
      /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN,
    );
    console.log(
      `App server RSS after 60 s of load: ${(rssKb / 1024).toFixed(0)} MB (goal: at most 400 MB).`,
    );
    console.log(await memoryBreakdown(cluster.apps[0]!.port! + 100));
  } finally {
    bare?.close();
    await cluster.stop();
  }
}
