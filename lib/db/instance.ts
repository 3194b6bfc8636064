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
    // The build runs in several workers and must work with no database at
    // all; a page that reads data at build time is a page that should be
    // rendered on request (docs/architecture.md, "Rendering").
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error(
        "The build tried to read the database: a page that shows data was prerendered. " +
          'Render it on request (export const dynamic = "force-dynamic", or a dynamic route).',
      );
    }
    const connection = openConnection(readDatabaseConfig());
    holder.newsroomDb = { connection, db: createPrismaClient(connection) };
  }
  return holder.newsroomDb;
}
