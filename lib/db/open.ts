import { readDatabaseConfig } from "./config";
import { checkConnection, openConnection, type Connection } from "./connection";

/** Opens the configured database and proves it answers, or throws one clear sentence. */
export async function openCheckedConnection(
  source: Record<string, string | undefined> = process.env,
): Promise<Connection> {
  const connection = openConnection(readDatabaseConfig(source));
  try {
    await checkConnection(connection);
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
  return connection;
}
