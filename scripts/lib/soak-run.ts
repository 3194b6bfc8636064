import type { SoakFixtures } from "./soak-fixtures";
import type { Recorder } from "./soak-http";
import type { Ledger } from "./soak-ledger";
import {
  MIX,
  pick,
  pickKind,
  readerPath,
  readPage,
  REPORT_ORDER,
  signUp,
  type MixKind,
} from "./soak-mix";
import { postComment, type ReaderPool } from "./soak-readers";
import type { Writer } from "./soak-editors";
import { formatTable, summarize, totalsOf, type Sample } from "./soak-stats";

/**
 * The open-loop traffic: request i is due at start + i / rate and is sent
 * then, whether or not earlier ones have been answered, so a slow site shows
 * as latency and requests in flight, never as less load. (Editor saves are
 * the one exception a real editor has too: each writer's next save waits for
 * the last; its latency still counts from when it was due.)
 */
export interface TrafficContext {
  origin: string;
  runId: string;
  fixtures: SoakFixtures;
  recorder: Recorder;
  ledger: Ledger;
  readers: ReaderPool;
  writers: Writer[];
  random: () => number;
}

/** Past this many requests in flight the client itself is the bottleneck; it stops sending and says so. */
const MAX_IN_FLIGHT = 2_000;

/**
 * Sends request `index`. "overloaded": the client had too many in flight;
 * "no reader": a comment was due but no reader was signed in (the reader
 * pool counts those).
 */
export function launchOne(
  context: TrafficContext,
  due: number,
  index: number,
): "sent" | "overloaded" | "no reader" {
  const { origin, fixtures, recorder, ledger, random } = context;
  if (recorder.inFlight >= MAX_IN_FLIGHT) return "overloaded";
  const kind = pickKind(random);
  const task = taskFor(kind, context, index);
  if (!task) return "no reader";
  void recorder.run(kind, due, task);
  return "sent";

  function taskFor(
    kind: MixKind,
    context: TrafficContext,
    index: number,
  ): (() => Promise<void>) | null {
    switch (kind) {
      case "sign-up": {
        const email = `soak-${context.runId}-${index}@example.com`;
        const newsletter = pick(fixtures.newsletters, random);
        return () => signUp(origin, email, newsletter, ledger);
      }
      case "comment": {
        const reader = context.readers.take();
        if (!reader) return null;
        const article = pick(
          fixtures.articles.filter((candidate) => candidate.commentsOpen).slice(0, 20),
          random,
        );
        const body = `Soak ${context.runId} comment ${index}: a reader's view on this story.`;
        return () => postComment(origin, reader, article.id, body, ledger);
      }
      case "save": {
        const writer = pick(context.writers, random);
        return () => writer.save();
      }
      default: {
        const path = readerPath(kind, fixtures, random);
        return () => readPage(origin, path);
      }
    }
  }
}

export interface RunOptions {
  rate: number;
  durationMs: number;
  reportEveryMs: number;
  /** A line about the app server (its memory) for each report. */
  serverLine: () => string;
  log: (line: string) => void;
}

/** Sends the traffic for the whole duration and reports every interval; resolves when the last request is sent. */
export async function runTraffic(
  context: TrafficContext,
  options: RunOptions,
): Promise<{ sent: number; skipped: number }> {
  const start = Date.now();
  const end = start + options.durationMs;
  let index = 0;
  let skipped = 0;
  let reported = start;
  let reportedSamples = 0;
  const report = (now: number) => {
    const fresh: Sample[] = context.recorder.samples.slice(reportedSamples);
    reportedSamples = context.recorder.samples.length;
    const seconds = (now - reported) / 1000;
    reported = now;
    const totals = totalsOf(fresh, context.recorder.windows);
    const faults = context.recorder.windows.filter(
      (window) => window.start <= now && window.end >= now - seconds * 1000,
    );
    const elapsed = Math.round((now - start) / 1000);
    const clock = `${String(Math.floor(elapsed / 60)).padStart(2, "0")}:${String(elapsed % 60).padStart(2, "0")}`;
    options.log(
      `[${clock}] ${totals.requests} answered (${(totals.requests / seconds).toFixed(1)}/s), ` +
        `errors ${totals.errors}, in faults ${totals.faultErrors}, in flight ${context.recorder.inFlight}` +
        `${skipped ? `, not sent (client overloaded) ${skipped}` : ""} · ${options.serverLine()}` +
        (faults.length ? ` · during: ${faults.map((window) => window.name).join(", ")}` : ""),
    );
    for (const line of formatTable(summarize(fresh, context.recorder.windows), REPORT_ORDER).split(
      "\n",
    ))
      options.log(`  ${line}`);
  };
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = Date.now();
      for (;;) {
        const due = start + (index * 1000) / options.rate;
        if (due > now || due >= end) break;
        if (launchOne(context, due, index) === "overloaded") skipped++;
        index++;
      }
      if (now - reported >= options.reportEveryMs) report(now);
      if (start + (index * 1000) / options.rate >= end) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  return { sent: index - skipped, skipped };
}

/** Waits for requests still in flight (at most `timeoutMs`). */
export async function drain(recorder: Recorder, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (recorder.inFlight > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const MIX_KINDS = Object.keys(MIX) as MixKind[];
