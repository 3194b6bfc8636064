import "server-only";
import { checkConnection } from "@/lib/db/connection";
import { getDbInstance } from "@/lib/db/instance";
import { pendingMigrations } from "@/lib/db/migrations";

/** Migrations do not appear while a server runs; once checked, they are not read again. */
let migrated = false;

/** Null when this server can serve: the database answers and is migrated. */
export async function checkReadiness(): Promise<string | null> {
  const { connection } = getDbInstance();
  try {
    await checkConnection(connection);
    if (!migrated) {
      const pending = await pendingMigrations(connection);
      if (pending.length) return `${pending.length} pending migration(s)`;
      migrated = true;
    }
    return null;
  } catch (error) {
    return (error as Error).message.slice(0, 200);
  }
}
