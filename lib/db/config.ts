import path from "node:path";
import { parse as parseConnectionString } from "pg-connection-string";
import { parseEnv } from "../env";

export type DatabaseConfig =
  { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in a local folder. */
export function readDatabaseConfig(
  source: Record<string, string | undefined> = process.env,
): DatabaseConfig {
  const env = parseEnv(source);
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dir = env.PGLITE_DATA_DIR;
  return { kind: "pglite", dataDir: dir.startsWith("memory://") ? dir : path.resolve(dir) };
}

export interface PostgresTarget {
  host: string;
  port: string;
  database: string;
}

/**
 * Where a PostgreSQL URL really connects, read the way `pg` reads it: a
 * `?host=` parameter wins over the URL's host, and PGHOST and friends fill in
 * what the URL leaves out. Never includes credentials.
 */
export function postgresTarget(
  url: string,
  env: Record<string, string | undefined> = process.env,
): PostgresTarget | null {
  try {
    const parsed = parseConnectionString(url);
    return {
      host: parsed.host || env.PGHOST || "localhost",
      port: String(parsed.port || env.PGPORT || "5432"),
      database: parsed.database || env.PGDATABASE || env.PGUSER || "(default database)",
    };
  } catch {
    return null;
  }
}

/** A one-line description without credentials, for logs and error messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") {
    return config.dataDir.startsWith("memory://")
      ? "embedded PGlite (in memory)"
      : `embedded PGlite at ${path.relative(process.cwd(), config.dataDir) || "."}`;
  }
  const target = postgresTarget(config.url);
  return target
    ? `PostgreSQL database "${target.database}" at ${target.host}:${target.port}`
    : "PostgreSQL (unparseable DATABASE_URL)";
}

/** Hosts that `db:reset` and the test suite may wipe: PGlite, loopback or a local socket. */
export function isLocalDatabase(config: DatabaseConfig): boolean {
  if (config.kind === "pglite") return true;
  const host = postgresTarget(config.url)?.host;
  if (!host) return false;
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) || host.startsWith("/");
}
