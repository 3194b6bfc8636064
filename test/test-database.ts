import { isLocalDatabase, postgresTarget, readDatabaseConfig } from "../lib/db/config";

/**
 * Tests wipe their database. With DATABASE_URL they only run against a local
 * PostgreSQL database whose name says it is for tests.
 */
export function assertTestDatabase(env: Record<string, string | undefined> = process.env): void {
  const config = readDatabaseConfig(env);
  if (config.kind === "pglite") return;
  const name = postgresTarget(config.url)?.database ?? "(unparseable DATABASE_URL)";
  if (!isLocalDatabase(config) || !/test/i.test(name)) {
    throw new Error(
      `Refusing to run tests against PostgreSQL database "${name}": tests wipe their database, ` +
        'so use a local one whose name contains "test" (e.g. newsroom_test).',
    );
  }
}

/**
 * A database of its own beside the one DATABASE_URL names, for a run that
 * starts servers on it (the topology tests, the soak): "newsroom_test" and
 * "_soak" give "newsroom_test_soak", on the same server.
 */
export function siblingDatabaseUrl(url: string, suffix: string): string {
  const sibling = new URL(url);
  sibling.pathname = `${sibling.pathname.replace(/^\//, "")}${suffix}`;
  return sibling.toString();
}
