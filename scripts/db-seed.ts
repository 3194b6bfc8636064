/**
 * `npm run db:seed [-- --articles N]`: loads the demo newsroom into an empty
 * local database, or resumes an interrupted seed. Refuses a database with
 * other content, and a non-local one unless --allow-remote is given.
 */
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/db/client";
import { isLocalDatabase } from "../lib/db/config";
import { applyMigrations } from "../lib/db/migrations";
import { openCheckedConnection } from "../lib/db/open";
import { mediaStorage } from "../lib/media/storage";
import { parseEnv } from "../lib/env";
import { DEMO_DEFAULT_ARTICLES, DEMO_SEED, DEMO_STAFF } from "../lib/seed/demo-settings";
import {
  isSeedComplete,
  readSeedPlan,
  seedNewsroom,
  SeedRefusedError,
} from "../lib/seed/seed-newsroom";
import { parseArticlesOption } from "./lib/args";
import { createProgress } from "./lib/progress";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const options = parseArticlesOption();
  const connection = await openCheckedConnection();
  if (!isLocalDatabase(connection.config) && !options["allow-remote"]) {
    await connection.close();
    throw new ScriptError(
      `Refusing to seed ${connection.description}: it is not a local database. Pass --allow-remote if you mean it.`,
    );
  }
  const db = createPrismaClient(connection);
  try {
    await applyMigrations(connection, { log: (line) => console.log(line) });
    const plan = await readSeedPlan(db);
    if (options["if-empty"]) {
      // `npm start`: finish an interrupted demo seed, otherwise leave any
      // database with content alone.
      if (await isSeedComplete(db)) return;
      const content =
        (await db.article.count()) + (await db.section.count()) + (await db.staffUser.count());
      if (!plan && content > 0) {
        console.log(`${connection.description} already has content; not seeding.`);
        return;
      }
    }
    const articles = options.articles ?? plan?.articles ?? DEMO_DEFAULT_ARTICLES;
    const progress = createProgress("articles");
    const started = Date.now();
    const staffPasswords = demoPasswordsAllowed() ? undefined : generatedStaffPasswords();
    const result = await seedNewsroom(db, mediaStorage(), {
      articles,
      seed: DEMO_SEED,
      staffPasswords,
      log: (line) => console.log(line),
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    if (staffPasswords && !result.resumed) {
      console.log(
        `SITE_URL is not a local address, so the demo staff accounts got generated passwords (shown once):`,
      );
      for (const [email, password] of Object.entries(staffPasswords))
        console.log(`  ${email}  ${password}`);
    }
    // Fresh planner statistics after a bulk load: PGlite has no autovacuum to
    // gather them, and without them search at 100,000 articles picks a plan
    // six times slower (a status index instead of the text index).
    if (result.written > 0) await connection.sql.exec("ANALYZE");
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      result.written === 0
        ? `${connection.description}: the demo newsroom is complete (${result.plan.articles.toLocaleString("en")} articles).`
        : `${connection.description}: wrote ${result.written.toLocaleString("en")} articles in ${seconds} s${result.resumed ? " (resumed)" : ""}.`,
    );
  } catch (error) {
    if (error instanceof SeedRefusedError) throw new ScriptError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});

/**
 * The README's demo passwords are only used for a newsroom served on this
 * machine; anywhere else they would be a published admin login.
 */
function demoPasswordsAllowed(): boolean {
  const host = new URL(parseEnv().SITE_URL).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

function generatedStaffPasswords(): Record<string, string> {
  return Object.fromEntries(
    DEMO_STAFF.map((staff) => [staff.email, randomBytes(15).toString("base64url")]),
  );
}
