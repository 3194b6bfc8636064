import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { waitForOk, type Cluster } from "./cluster";
import { withDatabase } from "./soak-fixtures";
import type { Recorder } from "./soak-http";

/**
 * The faults a soak injects while the traffic keeps going: the app server
 * stopped (SIGTERM: it finishes what it has, then leaves) and started again,
 * and PostgreSQL restarted under it. Each is a window in the recorder, from
 * the moment the fault starts until the site answers as ready again plus a
 * short grace for connections that still held the old server.
 */
export const FAULT_GRACE_MS = 5_000;

export interface PostgresCluster {
  version: string;
  name: string;
  port: number;
}

/** `pg_lsclusters -h` lines: version, cluster, port, status, owner, data dir, log. */
export function parseClusters(output: string): PostgresCluster[] {
  return output
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(
      (cells) => cells.length >= 3 && /^\d+(\.\d+)?$/.test(cells[0]!) && /^\d+$/.test(cells[2]!),
    )
    .map(([version, name, port]) => ({ version: version!, name: name!, port: Number(port) }));
}

/**
 * The Debian cluster that serves this port (pg_ctlcluster restarts it), or
 * an explanation of why it cannot be restarted from here.
 */
export function findCluster(port: number): PostgresCluster | string {
  const listed = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" });
  if (listed.status !== 0) {
    return "pg_lsclusters is missing: restarting PostgreSQL needs Debian's postgresql-common";
  }
  const cluster = parseClusters(listed.stdout).find((candidate) => candidate.port === port);
  if (!cluster)
    return `no PostgreSQL cluster on this machine listens on port ${port} (pg_lsclusters)`;
  if (process.getuid?.() !== 0) {
    return `restarting PostgreSQL (pg_ctlcluster ${cluster.version} ${cluster.name} restart) needs root`;
  }
  return cluster;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")}: ${errors.trim() || code}`)),
    );
  });
}

export interface FaultResult {
  name: string;
  /** From the fault's start until the site answered ready again. */
  outageMs: number;
}

/** Waits for every app server to answer ready (the edge's own answer could come from its cache). */
async function allReady(appOrigins: string[], timeoutMs: number): Promise<void> {
  await Promise.all(appOrigins.map((origin) => waitForOk(`${origin}/healthz?ready=1`, timeoutMs)));
}

/** Restarts one app server of the cluster while the edge keeps sending traffic to the rest. */
export async function restartOneApp(recorder: Recorder, cluster: Cluster): Promise<FaultResult> {
  const window = recorder.openWindow("app server restart");
  await cluster.restartApp(0);
  const outageMs = Date.now() - window.start;
  await new Promise((resolve) => setTimeout(resolve, FAULT_GRACE_MS));
  window.end = Date.now();
  return { name: window.name, outageMs };
}

/**
 * How PostgreSQL goes down in the middle: a real restart of its cluster
 * (fast shutdown: every connection is cut, the server is gone for a
 * moment) where this process may, otherwise every connection to the soak's
 * database cut with pg_terminate_backend: the app's pool sees the same
 * broken connections, but the server itself stays up.
 */
export type PostgresFault =
  | { kind: "restart"; cluster: PostgresCluster }
  | { kind: "terminate"; databaseUrl: string; why: string };

export function describePostgresFault(fault: PostgresFault): string {
  return fault.kind === "restart"
    ? `PostgreSQL restart (pg_ctlcluster ${fault.cluster.version} ${fault.cluster.name} restart)`
    : `PostgreSQL connections cut (pg_terminate_backend on the soak database), not a restart: ${fault.why}`;
}

/**
 * Chooses the PostgreSQL fault: "restart" insists on a restart, "terminate"
 * never restarts (a shared server), "auto" restarts where it can.
 */
export function choosePostgresFault(
  mode: "auto" | "restart" | "terminate",
  databaseUrl: string,
  port: number,
): PostgresFault | string {
  if (mode === "terminate") {
    return { kind: "terminate", databaseUrl, why: "--pg-fault terminate was asked for" };
  }
  const cluster = findCluster(port);
  if (typeof cluster !== "string") return { kind: "restart", cluster };
  if (mode === "restart") return cluster;
  return { kind: "terminate", databaseUrl, why: cluster };
}

async function terminateConnections(databaseUrl: string): Promise<number> {
  return withDatabase(databaseUrl, async (client) => {
    const { rowCount } = await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rowCount ?? 0;
  });
}

/** Restarts PostgreSQL, or cuts its connections, and waits until every app server is ready. */
export async function breakPostgres(
  recorder: Recorder,
  appOrigins: string[],
  fault: PostgresFault,
): Promise<FaultResult & { detail: string }> {
  const window = recorder.openWindow(
    fault.kind === "restart" ? "PostgreSQL restart" : "PostgreSQL connections cut",
  );
  let detail: string;
  if (fault.kind === "restart") {
    await run("pg_ctlcluster", [fault.cluster.version, fault.cluster.name, "restart"]);
    detail = "restarted";
  } else {
    detail = `${await terminateConnections(fault.databaseUrl)} connections terminated`;
  }
  await allReady(appOrigins, 120_000);
  const outageMs = Date.now() - window.start;
  await new Promise((resolve) => setTimeout(resolve, FAULT_GRACE_MS));
  window.end = Date.now();
  return { name: window.name, outageMs, detail };
}

/**
 * Resident memory of a process and of it with its descendants, in bytes
 * (Linux /proc); null where /proc cannot tell.
 */
export function residentMemory(pid: number | undefined): { process: number; tree: number } | null {
  if (!pid) return null;
  const rss = (id: number) => {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
      return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const children = (id: number): number[] => {
    try {
      return fs
        .readdirSync(`/proc/${id}/task`)
        .flatMap((task) =>
          fs.readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim().split(/\s+/),
        )
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const own = rss(pid);
  if (!own) return null;
  let tree = 0;
  const pending = [pid];
  while (pending.length) {
    const id = pending.pop()!;
    tree += rss(id);
    pending.push(...children(id));
  }
  return { process: own, tree };
}
