/**
 * The app server: Next behind a thin Node HTTP layer that does what Next
 * leaves to the deployment. `npm run serve` (and `npm start`, the e2e suite,
 * the cluster) run this instead of `next start`.
 *
 * - The client's address comes from the socket, and from X-Forwarded-For
 *   only through TRUSTED_PROXY_HOPS; it reaches the app in one header that
 *   clients cannot set (lib/server/client-address.ts).
 * - Every request gets an id (the edge's X-Request-Id when a proxy is
 *   trusted), carried by the logs (LOG_FORMAT=json) and the response.
 * - Requests that cannot be served are refused with a 4xx before Next sees
 *   them (lib/server/request-guard.ts).
 * - Responses get security headers, a hash-based Content-Security-Policy on
 *   HTML, and surrogate keys for the edge (lib/server/response-filter.ts),
 *   then compression. Pages that ask for it are sent with islands alone
 *   (lib/server/islands-delivery.ts).
 * - Finished replies of cached reader pages are kept and sent again without
 *   passing through Next, until a tag they show changes
 *   (lib/server/reply-cache.ts; REPLY_CACHE_MB, REPLY_CACHE=off).
 * - Prometheus metrics on an internal port (METRICS_PORT), never to readers.
 */
// First, before Next and everything it loads (see the file).
import "./lib/source-maps-off";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { isLocalSite, parseEnv } from "../lib/env";
import { runShutdownHooks } from "../lib/jobs/shutdown";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../lib/server/client-address";
import { loadIslandsDelivery } from "../lib/server/islands-delivery";
import { logAccess, requestContext, useJsonLogs } from "../lib/server/logging";
import { metrics, routeKind, scrape } from "../lib/server/metrics";
import { ReplyCache } from "../lib/server/reply-cache";
import { refuseRequest } from "../lib/server/request-guard";
import { filterResponse } from "../lib/server/response-filter";
import { startupProblem } from "../lib/server/startup-checks";
import { runScript, ScriptError } from "./lib/run-script";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    hostname: { type: "string" },
    dev: { type: "boolean", default: false },
  },
});

/** Larger than any route's own limit (media uploads), smaller than harm. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

await runScript(async () => {
  const env = parseEnv();
  const problem = startupProblem(env, process.env);
  if (problem) throw new ScriptError(problem);
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname ?? process.env.HOSTNAME_BIND ?? "0.0.0.0";
  const json = (env.LOG_FORMAT ?? (isLocalSite(env.SITE_URL) ? "text" : "json")) === "json";
  if (json) useJsonLogs();
  // Route handlers and instrumentation know they run behind this server.
  process.env.NEWSROOM_APP_SERVER = "1";

  const app = next({ dev: values.dev, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const compress = compression({ threshold: 1024 });
  // Pages asking for it go out with islands alone; not in development,
  // where Next's runtime serves its own tools.
  const islands = values.dev ? null : loadIslandsDelivery(process.env.NEXT_DIST_DIR || ".next");
  if (!values.dev && !islands) {
    console.warn("[server] The build has no islands module: every page keeps Next's scripts.");
  }
  const filterOptions = {
    surrogateStyle: env.EDGE_SURROGATE_HEADER,
    surrogateMaxBytes: env.EDGE_SURROGATE_MAX_BYTES,
    development: values.dev,
    https: env.SITE_URL.startsWith("https:"),
    hstsSeconds: env.SITE_URL.startsWith("https:") ? env.HSTS_SECONDS : 0,
    islands,
  };
  const hops = env.TRUSTED_PROXY_HOPS;
  const { requests, duration, cache: cacheCount } = metrics();
  // Not in development: pages there are rendered on every request anyway.
  const replies =
    values.dev || env.REPLY_CACHE === "off"
      ? null
      : new ReplyCache({ maxBytes: env.REPLY_CACHE_MB * 1024 * 1024 });

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const arrivedAt = Date.now();
    // Headers of ours are set here only; whatever a client sent under those names goes.
    for (const name of Object.keys(req.headers)) {
      if (name.startsWith("x-newsroom-")) delete req.headers[name];
    }
    const client = clientAddressOf(req.headers["x-forwarded-for"], req.socket.remoteAddress, hops);
    req.headers[CLIENT_ADDRESS_HEADER] = client;
    const offered = req.headers["x-request-id"];
    const requestId =
      hops > 0 && typeof offered === "string" && /^[\w.:-]{1,128}$/.test(offered)
        ? offered
        : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);

    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const kind = routeKind(req.method ?? "GET", pathname);
    let replied = false;
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      requests.inc({ kind, method: req.method ?? "GET", status: String(res.statusCode) });
      duration.observe({ kind }, seconds);
      const cache = replied ? "REPLY" : res.getHeader("x-nextjs-cache");
      if (replied) cacheCount.inc({ layer: "reply", result: "hit" });
      else if (cache) cacheCount.inc({ layer: "page", result: String(cache).toLowerCase() });
      requestContext.run({ requestId }, () =>
        logAccess({
          method: req.method ?? "GET",
          path: pathname.slice(0, 512),
          status: res.statusCode,
          durationMs: seconds * 1000,
          kind,
          client,
          ...(cache ? { cache: String(cache) } : {}),
        }),
      );
    });

    const refusal = refuseRequest(req, MAX_BODY_BYTES);
    if (refusal) {
      res.writeHead(refusal.status, {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        ...(refusal.status === 413 ? { Connection: "close" } : {}),
      });
      res.end(refusal.message);
      return;
    }
    if (replies?.serve(req, res)) {
      replied = true;
      return;
    }

    requestContext.run({ requestId, startedAt: arrivedAt }, () => {
      compress(req as never, res as never, () => {
        filterResponse(req, res, filterOptions, replies);
        handle(req, res).catch((error: Error) => {
          console.error(`[server] ${req.method} ${pathname} failed: ${error.message}`);
          if (!res.headersSent) {
            res.statusCode = 500;
            res.end("Internal Server Error");
          }
        });
      });
    });
  });
  // Behind a load balancer or edge that keeps connections open for 60 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`Serving ${env.SITE_URL} on http://${hostname}:${port}`);

  if (env.METRICS_PORT) {
    http
      .createServer((req, res) => {
        if ((req.url ?? "").split("?")[0] !== "/metrics") {
          res.writeHead(404).end();
          return;
        }
        scrape().then(
          ({ contentType, body }) => res.writeHead(200, { "Content-Type": contentType }).end(body),
          () => res.writeHead(500).end(),
        );
      })
      .listen(env.METRICS_PORT, env.METRICS_HOST);
  }

  // Stop taking connections, let requests in flight and the in-process
  // worker's run in hand finish (lib/jobs/shutdown.ts), then leave.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    void Promise.all([closed, runShutdownHooks()]).then(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
