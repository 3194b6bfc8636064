import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The app server's Prometheus metrics. One registry per process, kept on
 * globalThis because the server (scripts/serve.ts) and Next's bundles load
 * this module separately and must count into the same place. Served on an
 * internal port only (METRICS_PORT), never to readers.
 */
interface Metrics {
  registry: Registry;
  requests: Counter<"kind" | "method" | "status">;
  duration: Histogram<"kind">;
  cache: Counter<"layer" | "result">;
  queueDepth: Gauge<"queue">;
  queueAge: Gauge<"queue">;
  purgeLag: Gauge;
  /** Filled on each scrape by whoever can read the queues (the app, with its database). */
  collectQueues: (() => Promise<QueueStats[]>) | null;
}

export interface QueueStats {
  queue: string;
  /** Jobs waiting or running. */
  depth: number;
  /** Seconds since the oldest of them became due; 0 when none. */
  oldestAgeSeconds: number;
}

function create(): Metrics {
  const registry = new Registry();
  // The process's own: resident memory, heap, external memory, GC pauses.
  collectDefaultMetrics({ register: registry });
  const metrics: Metrics = {
    registry,
    requests: new Counter({
      name: "newsroom_http_requests_total",
      help: "HTTP requests by route kind, method and status",
      labelNames: ["kind", "method", "status"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "newsroom_http_request_duration_seconds",
      help: "Time to the end of the response, by route kind",
      labelNames: ["kind"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    cache: new Counter({
      name: "newsroom_cache_requests_total",
      help: "Cache lookups by layer (reply: the app server's finished pages, page: Next's rendered pages, data: query results) and result",
      labelNames: ["layer", "result"],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "newsroom_queue_depth",
      help: "Jobs waiting or running per queue",
      labelNames: ["queue"],
      registers: [registry],
    }),
    queueAge: new Gauge({
      name: "newsroom_queue_oldest_age_seconds",
      help: "Age of the oldest due job per queue",
      labelNames: ["queue"],
      registers: [registry],
    }),
    purgeLag: new Gauge({
      name: "newsroom_edge_purge_lag_seconds",
      help: "How long the oldest unsent edge purge has waited",
      registers: [registry],
    }),
    collectQueues: null,
  };
  return metrics;
}

const holder = globalThis as { newsroomMetrics?: Metrics };

export function metrics(): Metrics {
  holder.newsroomMetrics ??= create();
  return holder.newsroomMetrics;
}

export function countCache(layer: "page" | "data" | "edge", result: string): void {
  metrics().cache.inc({ layer, result });
}

/** The text a Prometheus server scrapes, with the queues read fresh. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  if (m.collectQueues) {
    try {
      const stats = await m.collectQueues();
      m.queueDepth.reset();
      m.queueAge.reset();
      for (const stat of stats) {
        m.queueDepth.set({ queue: stat.queue }, stat.depth);
        m.queueAge.set({ queue: stat.queue }, stat.oldestAgeSeconds);
        if (stat.queue === "edge-purge") m.purgeLag.set(stat.oldestAgeSeconds);
      }
    } catch {
      // The database is away: the request metrics still answer.
    }
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}

/** What kind of route a path is, for labels (bounded: never the path itself). */
export function routeKind(method: string, pathname: string): string {
  if (pathname.startsWith("/_next/static/")) return "static";
  if (pathname.startsWith("/_next/image")) return "image";
  if (pathname.startsWith("/_next/")) return "next";
  if (method === "POST" && !pathname.startsWith("/api/")) return "action";
  if (pathname === "/" || pathname === "/home") return "home";
  const [first = "", second] = pathname.slice(1).split("/");
  switch (first) {
    case "editor":
      return "editor";
    case "api":
      return "api";
    case "media":
      return "media";
    case "og":
      return "og";
    case "search":
      return "search";
    case "healthz":
      return "health";
    case "tag":
    case "author":
      return second ? `${first}-page` : "other";
    case "feed":
      return "feed";
    case "sitemap.xml":
    case "sitemaps":
      return "sitemap";
    case "login":
    case "account":
      return "auth";
    case "preview":
      return "preview";
  }
  if (pathname.endsWith("/feed")) return "feed";
  return pathname.includes("/older/") ? "list-page" : "slug-page";
}
