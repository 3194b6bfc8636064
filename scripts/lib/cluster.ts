import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ScriptError } from "./run-script";

type Env = Record<string, string | undefined>;

/**
 * The production topology on one machine: N app servers (scripts/serve.ts),
 * one worker (npm run jobs -- --watch) and Varnish with deploy/varnish in
 * front, all on one PostgreSQL database. Used by `npm run cluster`, the
 * topology tests and `npm run bench -- --edge`.
 */
export interface ClusterOptions {
  /** Varnish's port; app servers take the ports after it. */
  port: number;
  servers: number;
  /** Run files, logs and the Varnish working folder. */
  dir: string;
  /** Environment every process shares: DATABASE_URL, MEDIA_*, SMTP_URL… */
  env: Env;
  /** Where child output goes: inherited (a terminal) or into files in `dir`. */
  logs: "inherit" | "files";
  /** Varnish's cache size. */
  varnishCache?: string;
  /** Start a worker (default true). */
  worker?: boolean;
}

export interface ClusterProcess {
  name: string;
  port?: number;
  child: ChildProcess;
}

export interface Cluster {
  origin: string;
  apps: ClusterProcess[];
  worker: ClusterProcess | null;
  varnish: ClusterProcess;
  /**
   * Stops app server `index` (SIGTERM: it finishes what it has) and starts
   * it again on the same port; resolves with the new process once it
   * answers ready. `apps[index]` is the new process from then on.
   */
  restartApp(index: number): Promise<ClusterProcess>;
  stop(): Promise<void>;
}

/**
 * V8's heap for an app server (docs/deployment.md, "Memory"): room for the
 * code, the page cache (PAGE_CACHE_MB, 64 here) and requests in flight.
 * Without a limit V8 sizes the heap from the machine's memory and lets
 * garbage pile up to gigabytes between full collections. APP_NODE_FLAGS
 * adds flags after these (a later flag wins), e.g. `--cpu-prof`.
 */
export const APP_HEAP_FLAGS = ["--max-old-space-size=320", "--max-semi-space-size=16"];

export function varnishAvailable(): boolean {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

/** backends.vcl for app servers on these ports: health-checked, sharded by address, purges from here. */
export function backendsVcl(ports: number[]): string {
  const backends = ports
    .map(
      (port, i) => `backend app${i + 1} {
  .host = "127.0.0.1";
  .port = "${port}";
  .probe = app_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}`,
    )
    .join("\n\n");
  return `# Written by npm run cluster for app servers on ${ports.join(", ")}.
probe app_health {
  .url = "/healthz?ready=1";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

${backends}

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new app = directors.shard();
${ports.map((_, i) => `  app.add_backend(app${i + 1});`).join("\n")}
  app.reconfigure();
}
`;
}

/** Creates the database a URL names when it does not exist yet (for test runs). */
export async function ensureDatabase(url: string): Promise<void> {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** A secret kept with the run files, so sessions survive restarts of the cluster. */
function clusterSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Resolves when the child has exited; past `timeoutMs` it is killed outright. */
export function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function waitForOk(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new ScriptError(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!options.env.DATABASE_URL) {
    throw new ScriptError(
      "The cluster needs DATABASE_URL (PostgreSQL): several processes cannot share the embedded database.",
    );
  }
  if (!varnishAvailable()) {
    throw new ScriptError(
      "The cluster needs Varnish with vmod-xkey: apt-get install varnish varnish-modules.",
    );
  }
  const dir = path.resolve(options.dir);
  fs.mkdirSync(dir, { recursive: true });
  const origin = `http://127.0.0.1:${options.port}`;
  const appPorts = Array.from({ length: options.servers }, (_, i) => options.port + 1 + i);
  const shared: Env = {
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: origin,
    AUTH_SECRET: clusterSecret(dir),
    // Varnish is the one proxy in front; it appends the reader's address.
    TRUSTED_PROXY_HOPS: "1",
    RATE_LIMIT_STORE: "database",
    EDGE_SURROGATE_HEADER: "xkey",
    EDGE_PURGE_URLS: origin,
    PAGE_CACHE_MB: "64",
    MEDIA_DIR: path.join(dir, "media"),
    ...options.env,
  };
  const output = (name: string) =>
    options.logs === "inherit"
      ? ("inherit" as const)
      : ([
          "ignore",
          fs.openSync(path.join(dir, `${name}.log`), "a"),
          fs.openSync(path.join(dir, `${name}.log`), "a"),
        ] as const);
  const started: ClusterProcess[] = [];
  const start = (name: string, command: string, args: string[], env: Env, port?: number) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: output(name) as never,
    });
    const entry = { name, port, child };
    started.push(entry);
    return entry;
  };

  const stop = async () => {
    for (const entry of started) if (entry.child.exitCode === null) entry.child.kill("SIGTERM");
    await Promise.all(started.map((entry) => exited(entry.child, 10_000)));
  };

  try {
    const startApp = (i: number) =>
      start(
        `app-${i + 1}`,
        process.execPath,
        [
          ...APP_HEAP_FLAGS,
          ...(process.env.APP_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean),
          "--import",
          "tsx",
          path.resolve("scripts/serve.ts"),
          "--port",
          String(appPorts[i]),
          "--hostname",
          "127.0.0.1",
        ],
        {
          // glibc's default of 8 arenas per core keeps freed memory from
          // the page buffers of many requests in flight; two are enough.
          MALLOC_ARENA_MAX: "2",
          ...shared,
          BACKGROUND_JOBS: "off",
          METRICS_PORT: String(appPorts[i]! + 100),
        },
        appPorts[i],
      );
    const apps = appPorts.map((_, i) => startApp(i));
    const restartApp = async (index: number) => {
      const current = apps[index];
      if (!current) throw new ScriptError(`There is no app server ${index + 1}.`);
      current.child.kill("SIGTERM");
      await exited(current.child, 15_000);
      const fresh = startApp(index);
      apps[index] = fresh;
      await waitForOk(`http://127.0.0.1:${fresh.port}/healthz?ready=1`, 180_000);
      return fresh;
    };
    await Promise.all(
      appPorts.map((port) => waitForOk(`http://127.0.0.1:${port}/healthz?ready=1`, 120_000)),
    );

    const worker =
      options.worker === false
        ? null
        : start(
            "worker",
            process.execPath,
            [
              "--conditions=react-server",
              "--import",
              "tsx",
              path.resolve("scripts/jobs.ts"),
              "--watch",
            ],
            shared,
          );
    // On one machine the worker's seconds of narration encoding share the
    // cores with the app servers: it yields to them, as it would on a
    // machine of its own in production.
    if (worker?.child.pid) os.setPriority(worker.child.pid, 10);

    fs.writeFileSync(path.join(dir, "backends.vcl"), backendsVcl(appPorts));
    const varnish = start(
      "varnish",
      "varnishd",
      [
        "-F",
        "-j",
        "none",
        "-n",
        path.join(dir, "varnish"),
        "-a",
        `127.0.0.1:${options.port}`,
        "-f",
        path.resolve("deploy/varnish/default.vcl"),
        "-p",
        `vcl_path=${dir}:${path.resolve("deploy/varnish")}`,
        "-s",
        `malloc,${options.varnishCache ?? "256m"}`,
      ],
      {},
      options.port,
    );
    await waitForOk(`${origin}/healthz`, 30_000);

    fs.writeFileSync(
      path.join(dir, "cluster.json"),
      JSON.stringify(
        {
          origin,
          apps: apps.map((app) => ({ pid: app.child.pid, port: app.port })),
          worker: worker ? { pid: worker.child.pid } : null,
          varnish: { pid: varnish.child.pid, port: options.port },
        },
        null,
        2,
      ),
    );
    return { origin, apps, worker, varnish, restartApp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
