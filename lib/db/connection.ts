import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describeDatabase, type DatabaseConfig } from "./config";

/** Plain SQL access beside Prisma, for migrations and bulk seeding. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (simple query protocol). */
  exec(script: string): Promise<void>;
}

export interface Connection {
  config: DatabaseConfig;
  description: string;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  sql: SqlExecutor & {
    /** Runs `fn` in one transaction: all of it commits, or none of it. */
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  };
  /**
   * Subscribes to a notification channel (PostgreSQL LISTEN); messages are
   * sent with `SELECT pg_notify(channel, payload)` from any connection.
   * Never gives up: a database that is away at start, or goes away later, is
   * tried again until it answers. `onConnect` runs each time listening
   * starts, with `again` true after a loss (messages sent meanwhile are gone,
   * which the caller must make up for). Resolves at once; the returned
   * function stops.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onConnect?: (again: boolean) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/**
 * Opens the configured database. Cheap and synchronous: PGlite and the pg pool
 * both connect on first use, so errors surface from the first query
 * (see `checkConnection`).
 */
export function openConnection(config: DatabaseConfig): Connection {
  return config.kind === "pglite" ? openPglite(config.dataDir, config) : openPostgres(config);
}

function openPglite(dataDir: string, config: DatabaseConfig): Connection {
  const inMemory = dataDir.startsWith("memory://");
  const releaseLock = inMemory ? () => {} : lockDataDir(dataDir);
  const client = inMemory ? new PGlite() : new PGlite(dataDir);
  const wrap = (q: Pick<PGlite, "query" | "exec">): SqlExecutor => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(script: string) {
      await q.exec(script);
    },
  });
  return {
    config,
    description: describeDatabase(config),
    adapter: new PrismaPGlite(client),
    sql: {
      ...wrap(client),
      transaction: (fn) => client.transaction((tx) => fn(wrap(tx))),
    },
    // In-process: the subscription cannot be lost.
    async listen(channel, onMessage, onConnect) {
      const stop = await client.listen(channel, onMessage);
      onConnect?.(false);
      return stop;
    },
    async close() {
      if (!client.closed) await client.close();
      releaseLock();
    },
  };
}

function openPostgres(config: Extract<DatabaseConfig, { kind: "postgres" }>): Connection {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    connectionTimeoutMillis: 5000,
  });
  // An idle client losing its server must not crash the process.
  pool.on("error", () => {});
  const wrap = (q: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
    async exec(script: string) {
      await q.query(script);
    },
  });
  return {
    config,
    description: describeDatabase(config),
    adapter: new PrismaPg(pool),
    sql: {
      ...wrap(pool),
      async transaction(fn) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await fn(wrap(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
    },
    listen: (channel, onMessage, onConnect) =>
      listenPostgres(config.url, channel, onMessage, onConnect),
    close: () => pool.end(),
  };
}

const RELISTEN_DELAY_MS = { first: 250, max: 5_000 };

/**
 * LISTEN needs a session of its own, outside the pool. It is opened at once
 * if the database answers, else tried again with a growing pause (never
 * more than five seconds), and opened again whenever it is lost.
 */
async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onConnect?: (again: boolean) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  // Anything cached while not listening may have missed a message.
  let mayHaveMissed = false;
  let delay = RELISTEN_DELAY_MS.first;
  const retry = () => {
    if (stopped) return;
    setTimeout(() => void open(), delay).unref();
    delay = Math.min(delay * 2, RELISTEN_DELAY_MS.max);
  };
  const open = async () => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    next.on("notification", (message) => {
      if (message.channel === channel) onMessage(message.payload ?? "");
    });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      mayHaveMissed = true;
      void next.end().catch(() => {});
      if (client === next) client = null;
      retry();
    };
    next.on("error", onLost);
    next.on("end", onLost);
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
    } catch {
      onLost();
      return;
    }
    if (stopped) {
      void next.end().catch(() => {});
      return;
    }
    client = next;
    delay = RELISTEN_DELAY_MS.first;
    onConnect?.(mayHaveMissed);
  };
  await open();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}

/**
 * PGlite is a database inside one process; two processes writing the same
 * folder would corrupt it. A lock file beside the folder turns that into a
 * clear error.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readQuietly(lockPath));
      if (holder && isAlive(holder)) {
        throw new DatabaseUnavailableError(
          `The embedded database at ${path.relative(process.cwd(), dataDir)} is in use by process ${holder}. ` +
            "Stop that process (the site or a script) first, or set DATABASE_URL to use PostgreSQL.",
        );
      }
      // A stale lock is moved aside under a name of our own; of two processes
      // racing for it only one rename succeeds, and the other retries.
      const aside = `${lockPath}.${process.pid}.stale`;
      try {
        fs.renameSync(lockPath, aside);
        fs.rmSync(aside, { force: true });
      } catch {
        // Someone else took it first; try again.
      }
    }
  }
  throw new DatabaseUnavailableError(`Could not lock the embedded database at ${dataDir}.`);
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs one query and turns any failure into a single readable sentence. */
export async function checkConnection(connection: Connection): Promise<void> {
  try {
    await connection.sql.query("select 1");
  } catch (error) {
    throw new DatabaseUnavailableError(explainDatabaseError(error, connection.description));
  }
}

export function explainDatabaseError(error: unknown, description: string): string {
  if (error instanceof DatabaseUnavailableError) return error.message;
  const err = error as { code?: string; message?: string };
  const reasons: Record<string, string> = {
    ECONNREFUSED: "the connection was refused; is the server running?",
    ENOTFOUND: "the host name was not found",
    EAI_AGAIN: "the host name could not be resolved",
    ETIMEDOUT: "the connection timed out",
    "28P01": "the password was rejected",
    "28000": "the user is not allowed to connect",
    "3D000": "the database does not exist",
    "42501": "the user lacks the needed privileges",
  };
  const reason =
    (err.code && reasons[err.code]) ||
    (/timeout/i.test(err.message ?? "") ? "the connection timed out" : undefined) ||
    (err.message ?? String(error)).split("\n")[0];
  return `Cannot use ${description}: ${reason}`;
}
