import "server-only";
import { INVALIDATION_CHANNEL } from "@/lib/cache/invalidate";
import type { Connection } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { runEdgePurges } from "./purge-queue";

/**
 * The process that does background work purges the edges as soon as a
 * change commits: it hears the change's notification and runs the queue at
 * once, then keeps running it every IDLE_MS for retries, confirming purges
 * and changes whose notification it missed. One run at a time per process.
 */
const IDLE_MS = 500;

type Log = (line: string) => void;

export async function startEdgePurger(
  connection: Connection,
  log: Log = console.error,
): Promise<(() => Promise<void>) | null> {
  if (!env().EDGE_PURGE_URLS.length) return null;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    running = (async () => {
      try {
        do {
          again = false;
          const result = await runEdgePurges();
          for (const line of result.lines) log(line);
          // A full batch may have left more behind.
          if (result.sent + result.failed >= 200) again = true;
        } while (again && !stopped);
      } catch (error) {
        log(`[edge] purge run failed: ${(error as Error).message}`);
      } finally {
        running = null;
        if (!stopped) {
          timer = setTimeout(run, IDLE_MS);
          timer.unref();
        }
      }
    })();
  };

  const stopListening = await connection.listen(INVALIDATION_CHANNEL, () => run());
  run();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await stopListening();
    await running;
  };
}
