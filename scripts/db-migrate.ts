/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { applyMigrations } from "../lib/db/migrations";
import { openCheckedConnection } from "../lib/db/open";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const connection = await openCheckedConnection();
  try {
    const applied = await applyMigrations(connection, { log: (line) => console.log(line) });
    console.log(
      applied.length
        ? `${connection.description}: ${applied.length} migration(s) applied.`
        : `${connection.description}: up to date.`,
    );
  } finally {
    await connection.close();
  }
});
