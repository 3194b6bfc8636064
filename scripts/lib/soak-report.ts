import fs from "node:fs";
import path from "node:path";
import type { FaultResult } from "./soak-faults";
import type { Recorder } from "./soak-http";
import type { Check, Ledger } from "./soak-ledger";
import { REPORT_ORDER } from "./soak-mix";
import { formatTable, summarize, totalsOf } from "./soak-stats";

export interface ReportInput {
  dir: string;
  options: {
    minutes: number;
    rate: number;
    servers: number;
    faults: string[];
    maxErrorPercent: number;
  };
  recorder: Recorder;
  ledger: Ledger;
  checks: Check[];
  faults: (FaultResult & { detail?: string })[];
  memory: MemoryPoint[];
  traffic: { sent: number; skipped: number };
  starvedComments: number;
  resolvedConflicts: number;
  mailsDelivered: number;
  unexpectedExits: number;
  lost: number;
}

/** Resident memory of each process (with its children) at one moment, in MB. */
export interface MemoryPoint {
  second: number;
  mb: Record<string, number>;
}

/** One line per process: its memory at about ten moments of the run, and its peak. */
export function memoryLines(series: MemoryPoint[]): string[] {
  const names = [...new Set(series.flatMap((point) => Object.keys(point.mb)))].sort();
  return names.map((name) => {
    const own = series.filter((point) => point.mb[name] !== undefined);
    const peak = Math.max(...own.map((point) => point.mb[name]!));
    const points = memoryPoints(own).map((point) => `${point.second}s ${point.mb[name]}`);
    return `  ${name}: ${points.join(" · ")}; peak ${peak} MB`;
  });
}

/** About ten points of the memory series, evenly spread, always with the first and last. */
export function memoryPoints<T>(series: T[], count = 10): T[] {
  if (series.length <= count) return series;
  const step = (series.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => series[Math.round(i * step)]!);
}

/** Prints the closing report, writes report.json, and says whether the run passed. */
export function writeReport(input: ReportInput): { passed: boolean } {
  const { recorder, ledger, checks, options } = input;
  const summaries = summarize(recorder.samples, recorder.windows);
  const totals = totalsOf(recorder.samples, recorder.windows);
  const lines: string[] = ["", "== Soak report", formatTable(summaries, REPORT_ORDER), ""];
  lines.push(
    `${totals.requests} requests answered or failed; ${totals.errors} errors in steady running ` +
      `(${totals.errorPercent.toFixed(3)}%, limit ${options.maxErrorPercent}%), ` +
      `${totals.faultErrors} during faults.`,
  );
  if (input.traffic.skipped)
    lines.push(`${input.traffic.skipped} requests not sent: the client had too many in flight.`);
  if (input.starvedComments)
    lines.push(`${input.starvedComments} comments not sent: no reader was signed in yet.`);
  for (const fault of input.faults) {
    const window = recorder.windows.find((candidate) => candidate.name === fault.name);
    const failed = recorder.samples.filter(
      (sample) =>
        sample.error !== null && window && sample.due <= window.end && sample.end >= window.start,
    ).length;
    lines.push(
      `Fault: ${fault.name}${fault.detail ? ` (${fault.detail})` : ""}: ready again after ` +
        `${(fault.outageMs / 1000).toFixed(1)} s; ${failed} requests failed in its window.`,
    );
  }
  if (input.resolvedConflicts) {
    lines.push(
      `${input.resolvedConflicts} saves met a conflict after an unanswered save had been written (expected).`,
    );
  }
  if (input.memory.length) {
    lines.push("Resident memory over the run (MB, with child processes):");
    lines.push(...memoryLines(input.memory));
  }
  lines.push("", "Acknowledged writes checked in the database:");
  for (const check of checks) {
    lines.push(
      `  ${check.found === check.acknowledged ? "ok  " : "LOST"} ${check.name}: ${check.found} of ${check.acknowledged}` +
        (check.missing.length ? ` (missing: ${check.missing.join("; ")})` : ""),
    );
  }
  for (const anomaly of ledger.anomalies) lines.push(`  LOST ${anomaly}`);
  lines.push(`  (mail delivered to the SMTP sink: ${input.mailsDelivered})`);
  if (recorder.examples.size) {
    lines.push("", "First failure of each kind:");
    for (const [key, example] of recorder.examples)
      lines.push(`  ${key}: ${example.slice(0, 240)}`);
  }

  const reasons: string[] = [];
  if (totals.errorPercent > options.maxErrorPercent) {
    reasons.push(
      `${totals.errorPercent.toFixed(2)}% errors outside the faults (limit ${options.maxErrorPercent}%)`,
    );
  }
  if (input.lost > 0) reasons.push(`${input.lost} acknowledged writes lost`);
  if (input.unexpectedExits > 0)
    reasons.push(`a process exited unasked ${input.unexpectedExits} time(s)`);
  lines.push("", reasons.length ? `Soak FAILED: ${reasons.join("; ")}.` : "Soak passed.");
  lines.push(
    `Details: ${path.join(input.dir, "report.json")}; process logs (app-N.log, worker.log, varnish.log) beside it.`,
  );
  console.log(lines.join("\n"));

  fs.writeFileSync(
    path.join(input.dir, "report.json"),
    JSON.stringify(
      {
        options,
        totals,
        kinds: summaries,
        faults: input.faults,
        windows: recorder.windows,
        memory: input.memory,
        checks,
        anomalies: ledger.anomalies,
        examples: Object.fromEntries(recorder.examples),
        traffic: input.traffic,
        starvedComments: input.starvedComments,
        resolvedConflicts: input.resolvedConflicts,
        mailsDelivered: input.mailsDelivered,
        unexpectedExits: input.unexpectedExits,
        passed: reasons.length === 0,
        reasons,
      },
      null,
      2,
    ),
  );
  return { passed: reasons.length === 0 };
}
