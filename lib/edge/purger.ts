import "server-only";
import { INVALIDATION_CHANNEL } from "@/lib/cache/invalidate";
import type { Connection } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { CONFIRM_ROUNDS_MS, PURGE_BATCH, runEdgePurges } from "./purge-queue";

/**
 * The process that does background work purges the edges as soon as a
 * change commits: it hears the change's notification and runs the queue
 * SETTLE_MS later (the app servers hear the same notification at the same
 * moment, and drop their copies as they hear it; the short pause covers an
 * app server busy with a render when it arrives, and the confirming purges
 * cover one busier still),
 * then keeps running it every IDLE_MS for retries and changes whose
 * notification it missed, and exactly when the confirming purges of what
 * it just sent fall due. One run at a time per process.
 */
const IDLE_MS = 500;
const SETTLE_MS = 30;

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
      // Purges sent now are confirmed CONFIRM_ROUNDS_MS[0] later: look again then
      // (the later rounds come due within an idle run).
      let confirmDue = false;
      try {
        do {
          again = false;
          const result = await runEdgePurges();
          for (const line of result.lines) log(line);
          if (result.sent + result.failed >= PURGE_BATCH) again = true;
          if (result.sent) confirmDue = true;
        } while (again && !stopped);
      } catch (error) {
        log(`[edge] purge run failed: ${(error as Error).message}`);
      } finally {
        running = null;
        if (!stopped) {
          timer = setTimeout(run, confirmDue ? CONFIRM_ROUNDS_MS[0] + 10 : IDLE_MS);
          timer.unref();
        }
      }
    })();
  };

  const stopListening = await connection.listen(INVALIDATION_CHANNEL, () => {
    setTimeout(run, SETTLE_MS).unref();
  });
  run();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await stopListening();
    await running;
  };
}
