import { spawn, spawnSync } from "node:child_process";
import { ScriptError } from "./run-script";

/**
 * Load from `wrk` (Debian's, written in C): on two cores a Node client is
 * the bottleneck and hides the difference between fast servers.
 */
export interface LoadFigures {
  name: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export function wrkAvailable(): boolean {
  return spawnSync("wrk", ["--version"], { stdio: "ignore" }).status !== null;
}

function milliseconds(value: string, unit: string): number {
  const n = Number(value);
  return unit === "us" ? n / 1000 : unit === "s" ? n * 1000 : unit === "m" ? n * 60_000 : n;
}

/** Parses wrk's report (with --latency). */
export function parseWrk(output: string): Omit<LoadFigures, "name" | "url"> {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? milliseconds(match[1]!, match[2]!) : NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { rps, p50: percentile("50"), p99: percentile("99"), errors: non2xx + socketErrors };
}

export async function runWrk(
  name: string,
  url: string,
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", [
      "-t1",
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      "--latency",
      ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
        "-H",
        `${name}: ${value}`,
      ]),
      url,
    ]);
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.stderr.on("data", (chunk) => (text += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(text) : reject(new ScriptError(`wrk failed on ${url}: ${text}`)),
    );
  });
  return { name, url, ...parseWrk(output) };
}

export function printLoadTable(results: LoadFigures[], baseline: LoadFigures): void {
  console.log("page                              req/s    p50 ms   p99 ms   errors   vs bare Node");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(32)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / baseline.rps).toFixed(3).padStart(8)}`,
    );
  }
}
