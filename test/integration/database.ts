import { clearDataCache } from "@/lib/cache/data-cache";
import { getDbInstance } from "@/lib/db/instance";

/** Empties every table but the migration history, and the data cache with them. */
export async function truncateAll(): Promise<void> {
  clearDataCache();
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
