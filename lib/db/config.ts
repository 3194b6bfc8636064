import path from "node:path";
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

/** A one-line description without credentials, for logs and error messages. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") {
    return config.dataDir.startsWith("memory://")
      ? "embedded PGlite (in memory)"
      : `embedded PGlite at ${path.relative(process.cwd(), config.dataDir) || "."}`;
  }
  try {
    const url = new URL(config.url);
    const database = url.pathname.replace(/^\//, "") || "(default database)";
    return `PostgreSQL database "${database}" at ${url.hostname}:${url.port || "5432"}`;
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)";
  }
}

/** Hosts that `db:reset` and the test suite may wipe. */
export function isLocalDatabase(config: DatabaseConfig): boolean {
  if (config.kind === "pglite") return true;
  try {
    const host = new URL(config.url).hostname;
    return ["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host);
  } catch {
    return false;
  }
}
