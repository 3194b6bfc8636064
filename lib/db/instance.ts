import { createPrismaClient, type Db } from "./client";
import { readDatabaseConfig } from "./config";
import { openConnection, type Connection } from "./connection";

/**
 * The server process's one database connection and Prisma client, kept on
 * globalThis so that every bundle of the app (and development reloads) share
 * it: PGlite admits one opener per data folder.
 */
const holder = globalThis as unknown as { newsroomDb?: { connection: Connection; db: Db } };

export function getDbInstance(): { connection: Connection; db: Db } {
  if (!holder.newsroomDb) {
    const connection = openConnection(readDatabaseConfig());
    holder.newsroomDb = { connection, db: createPrismaClient(connection) };
  }
  return holder.newsroomDb;
}
