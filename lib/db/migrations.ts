import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Connection } from "./connection";

// Resolved from the working directory: npm scripts and `next start` run from
// the project root, and bundled server code has no stable module path.
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface MigrationFileInfo {
  name: string;
  script: string;
  checksum: string;
}

export class MigrationError extends Error {}

/** The table Prisma Migrate itself uses, so either tool can take over. */
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Same number Prisma Migrate locks on, so the two never run at once. */
const ADVISORY_LOCK = 72707369;

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFileInfo[] {
  // The folder is read at run time on purpose; the ignore comments keep the
  // bundler from tracing the whole project because of it.
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(/*turbopackIgnore: true*/ file))
        throw new MigrationError(`Migration ${name} has no migration.sql`);
      const script = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8");
      return { name, script, checksum: createHash("sha256").update(script).digest("hex") };
    });
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies pending migrations in order. Each runs in its own transaction with
 * its history row, so a failure leaves the database exactly as it was before
 * that migration and names it. Safe to run from several processes at once.
 */
export async function applyMigrations(
  connection: Connection,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  await connection.sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [ADVISORY_LOCK]);
    await tx.exec(HISTORY_TABLE);
  });
  const applied: string[] = [];

  for (const migration of migrations) {
    const done = await connection.sql.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [ADVISORY_LOCK]);
      const history = await tx.query<HistoryRow>(
        `select migration_name, checksum, finished_at, rolled_back_at
           from "_prisma_migrations" where migration_name = $1 and rolled_back_at is null`,
        [migration.name],
      );
      const previous = history[0];
      if (previous?.finished_at) {
        if (previous.checksum !== migration.checksum) {
          log(`warning: migration ${migration.name} was edited after it was applied`);
        }
        return false;
      }
      if (previous) {
        throw new MigrationError(
          `Migration ${migration.name} is recorded as started but never finished; ` +
            "inspect the database, then mark it rolled back in _prisma_migrations.",
        );
      }
      try {
        await tx.exec(migration.script);
      } catch (error) {
        const message = (error as Error).message.split("\n")[0];
        throw new MigrationError(
          `Migration ${migration.name} failed: ${message}. ` +
            "It was rolled back; the database is as it was before it.",
        );
      }
      await tx.query(
        `insert into "_prisma_migrations"
           (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         values ($1, $2, now(), $3, null, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return true;
    });
    if (done) {
      applied.push(migration.name);
      log(`applied ${migration.name}`);
    }
  }
  return applied;
}

export async function pendingMigrations(connection: Connection, dir?: string): Promise<string[]> {
  const [table] = await connection.sql.query<{ exists: boolean }>(
    `select to_regclass('"_prisma_migrations"') is not null as exists`,
  );
  if (!table?.exists) return readMigrations(dir).map((m) => m.name);
  const rows = await connection.sql.query<{ migration_name: string }>(
    `select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
  );
  const done = new Set(rows.map((row) => row.migration_name));
  return readMigrations(dir)
    .map((m) => m.name)
    .filter((name) => !done.has(name));
}
