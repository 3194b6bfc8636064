import { spawn } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import type { DatabaseConfig } from "@/lib/db/config";
import { lockDataDir } from "@/lib/db/connection";
import { BackupError } from "./manifest";

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;
export type RowCounts = Record<string, number>;

/** Rows in every table of the public schema, migration history included. */
export async function countRows(query: Query): Promise<RowCounts> {
  const { rows } = await query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts: RowCounts = {};
  for (const { tablename } of rows as { tablename: string }[]) {
    const quoted = `"${tablename.replace(/"/g, '""')}"`;
    const [row] = (await query(`SELECT count(*)::int AS n FROM public.${quoted}`)).rows;
    counts[tablename] = Number(row?.n ?? 0);
  }
  return counts;
}

// Query parameters libpq understands, passed on as its environment variables;
// the rest (a driver's own options) would make pg_dump refuse the address.
const LIBPQ_PARAMS: Record<string, string> = {
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  connect_timeout: "PGCONNECT_TIMEOUT",
  application_name: "PGAPPNAME",
};

/**
 * DATABASE_URL as libpq environment variables, so the password never appears
 * on a command line (where `ps` would show it to every user of the machine).
 */
export function libpqEnvironment(url: string): Record<string, string> {
  const parsed = parseConnectionString(url);
  const env: Record<string, string> = {};
  if (parsed.host) env.PGHOST = parsed.host;
  if (parsed.port) env.PGPORT = String(parsed.port);
  if (parsed.user) env.PGUSER = parsed.user;
  if (parsed.password) env.PGPASSWORD = parsed.password;
  if (parsed.database) env.PGDATABASE = parsed.database;
  const params = new URL(url).searchParams;
  for (const [name, variable] of Object.entries(LIBPQ_PARAMS)) {
    const value = params.get(name);
    if (value) env[variable] = value;
  }
  return env;
}

/** Runs pg_dump or pg_restore; a failure is reported with the tool's own words. */
function runTool(tool: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      env: { ...process.env, ...libpqEnvironment(url) },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${tool} was not found. Install PostgreSQL's client tools (Debian: postgresql-client) ` +
                "of the server's version or newer.",
            )
          : error,
      ),
    );
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${tool} failed (exit ${code}): ${errors.trim().slice(0, 2000)}`)),
    );
  });
}

/**
 * pg_dump in its custom format, in a snapshot shared with the row counts:
 * the counts in the manifest describe exactly the rows in the dump, while
 * the site goes on writing.
 */
async function dumpPostgres(url: string, file: string): Promise<RowCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>(
      "SELECT pg_export_snapshot() AS snapshot",
    );
    const counts = await countRows((sql) => client.query(sql));
    await runTool(
      "pg_dump",
      [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${rows[0]!.snapshot}`,
        `--file=${file}`,
      ],
      url,
    );
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}

async function assertEmptyPostgres(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
  );
  if (rows[0]!.n > 0) {
    throw new BackupError(
      `Restore needs an empty database; this one has ${rows[0]!.n} tables. ` +
        "Create a new database (or drop its schema) and point DATABASE_URL at it.",
    );
  }
}

async function restorePostgres(url: string, file: string): Promise<RowCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await assertEmptyPostgres(client);
    const database = parseConnectionString(url).database;
    await runTool(
      "pg_restore",
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${database ?? ""}`,
        file,
      ],
      url,
    );
    return await countRows((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

/**
 * The embedded database's data folder as one tarball (PGlite's own
 * dumpDataDir), taken under the folder's lock so nothing writes meanwhile:
 * stop the site first, as for db:seed.
 */
async function dumpPglite(dataDir: string, file: string): Promise<RowCounts> {
  if (!fs.existsSync(dataDir))
    throw new BackupError(`There is no embedded database at ${dataDir}.`);
  const release = lockDataDir(dataDir);
  const db = new PGlite(dataDir);
  try {
    const counts = await countRows((sql) => db.query(sql));
    const tarball = await db.dumpDataDir("gzip");
    await fsp.writeFile(file, Buffer.from(await tarball.arrayBuffer()));
    return counts;
  } finally {
    await db.close();
    release();
  }
}

function assertEmptyPglite(dataDir: string): void {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new BackupError(
      `Restore needs an empty place for the embedded database; ${dataDir} holds one already. ` +
        "Move it aside or set PGLITE_DATA_DIR to a new folder.",
    );
  }
}

async function restorePglite(dataDir: string, file: string): Promise<RowCounts> {
  assertEmptyPglite(dataDir);
  const release = lockDataDir(dataDir);
  const db = new PGlite(dataDir, { loadDataDir: new Blob([await fsp.readFile(file)]) });
  try {
    return await countRows((sql) => db.query(sql));
  } finally {
    await db.close();
    release();
  }
}

function inMemory(config: DatabaseConfig): boolean {
  return config.kind === "pglite" && config.dataDir.startsWith("memory://");
}

export function dumpFileName(config: DatabaseConfig): string {
  return config.kind === "postgres" ? "database.pgdump" : "pglite-data.tar.gz";
}

/**
 * Everything a dump needs, checked before any media is copied: the folder
 * exists and no process holds it, or the server answers and pg_dump runs.
 */
export async function assertDumpable(config: DatabaseConfig): Promise<void> {
  if (inMemory(config)) throw new BackupError("A database in memory has nothing to back up.");
  if (config.kind === "pglite") {
    if (!fs.existsSync(config.dataDir)) {
      throw new BackupError(`There is no embedded database at ${config.dataDir}.`);
    }
    lockDataDir(config.dataDir)();
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
  await runTool("pg_dump", ["--version"], config.url);
}

export async function dumpDatabase(config: DatabaseConfig, file: string): Promise<RowCounts> {
  if (inMemory(config)) throw new BackupError("A database in memory has nothing to back up.");
  return config.kind === "postgres"
    ? dumpPostgres(config.url, file)
    : dumpPglite(config.dataDir, file);
}

export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<RowCounts> {
  if (inMemory(config)) throw new BackupError("Restore into a database in memory would be lost.");
  return config.kind === "postgres"
    ? restorePostgres(config.url, file)
    : restorePglite(config.dataDir, file);
}

/** Refuses a database that holds anything, before a restore writes a single file. */
export async function assertEmptyDatabase(config: DatabaseConfig): Promise<void> {
  if (inMemory(config)) throw new BackupError("Restore into a database in memory would be lost.");
  if (config.kind === "pglite") return assertEmptyPglite(config.dataDir);
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await assertEmptyPostgres(client);
  } finally {
    await client.end();
  }
}
