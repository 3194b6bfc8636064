import { afterAll, beforeAll } from "vitest";
import { assertTestDatabase } from "../test-database";

// Each PGlite test file gets its own database in memory; PostgreSQL runs use
// the test database named by DATABASE_URL.
if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = "memory://";
process.env.MEDIA_DIR ??= ".data/test-media";
// Narrations are due as soon as they are queued, so a test can run them at once.
process.env.NARRATION_DELAY_SECONDS ??= "0";
assertTestDatabase();

const { getDbInstance } = await import("@/lib/db/instance");
const { applyMigrations } = await import("@/lib/db/migrations");
const { truncateAll } = await import("./database");

beforeAll(async () => {
  const { connection } = getDbInstance();
  await applyMigrations(connection);
  await truncateAll();
});

afterAll(async () => {
  const holder = globalThis as { newsroomDb?: ReturnType<typeof getDbInstance> };
  await holder.newsroomDb?.db.$disconnect();
  await holder.newsroomDb?.connection.close();
  delete holder.newsroomDb;
});
