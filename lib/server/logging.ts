import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";

/**
 * Logs. With LOG_FORMAT=json (the default for a public site) every line the
 * process writes, the app's own and Next's, is one JSON object carrying the
 * id of the request it belongs to; the edge passes its id along in
 * X-Request-Id, so one request can be followed from Varnish to the app.
 */
export interface RequestContext {
  requestId: string;
  /**
   * When the request arrived (Date.now()): the page cache counts a page it
   * rendered as showing the data of that moment (lib/cache/staleness.mjs).
   */
  startedAt?: number;
}

const holder = globalThis as { newsroomRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (holder.newsroomRequestContext ??=
  new AsyncLocalStorage<RequestContext>());

type Level = "debug" | "info" | "warn" | "error";

function line(level: Level, message: string, fields: Record<string, unknown> = {}): string {
  const requestId = requestContext.getStore()?.requestId;
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    msg: message,
    ...(requestId ? { requestId } : {}),
    ...fields,
  });
}

let json = false;

/** Turns console output into JSON lines (once per process). */
export function useJsonLogs(): void {
  if (json) return;
  json = true;
  const out =
    (level: Level, stream: NodeJS.WriteStream) =>
    (...args: unknown[]) => {
      stream.write(line(level, format(...args)) + "\n");
    };
  console.log = out("info", process.stdout);
  console.info = out("info", process.stdout);
  console.debug = out("debug", process.stdout);
  console.warn = out("warn", process.stderr);
  console.error = out("error", process.stderr);
}

export interface AccessEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  kind: string;
  bytes?: number;
  cache?: string;
  client?: string;
}

/** One line per request: JSON, or a short text line for a terminal. */
export function logAccess(entry: AccessEntry): void {
  if (json) {
    process.stdout.write(line("info", "request", { ...entry }) + "\n");
  } else if (entry.status >= 500) {
    process.stderr.write(
      `${entry.method} ${entry.path} ${entry.status} ${entry.durationMs.toFixed(0)} ms\n`,
    );
  }
}
