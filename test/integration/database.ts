import { getDbInstance } from "@/lib/db/instance";

/** Empties every table but the migration history. */
export async function truncateAll(): Promise<void> {
  const { connection } = getDbInstance();
  const tables = await connection.sql.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`,
  );
  if (tables.length) {
    await connection.sql.exec(
      `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`,
    );
  }
}

export function testDb() {
  return getDbInstance().db;
}
