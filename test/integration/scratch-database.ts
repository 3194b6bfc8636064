import { randomUUID } from "node:crypto";
import { readDatabaseConfig } from "@/lib/db/config";
import { openConnection, type Connection } from "@/lib/db/connection";
import { getDbInstance } from "@/lib/db/instance";

/**
 * Runs `fn` against a brand-new empty database of the configured kind: a
 * fresh in-memory PGlite, or a throwaway PostgreSQL database.
 */
export async function withScratchDatabase<T>(
  fn: (connection: Connection) => Promise<T>,
): Promise<T> {
  const config = readDatabaseConfig();
  if (config.kind === "pglite") {
    const connection = openConnection({ kind: "pglite", dataDir: "memory://" });
    try {
      return await fn(connection);
    } finally {
      await connection.close();
    }
  }
  const name = `newsroom_test_scratch_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = getDbInstance().connection;
  await admin.sql.exec(`CREATE DATABASE ${name}`);
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    // Never echo the URL: it may carry a password.
    throw new Error("DATABASE_URL cannot be parsed as a URL");
  }
  url.pathname = `/${name}`;
  const connection = openConnection({ kind: "postgres", url: url.toString() });
  try {
    return await fn(connection);
  } finally {
    await connection.close();
    await admin.sql.exec(`DROP DATABASE IF EXISTS ${name}`);
  }
}
