import { EnvError } from "../../lib/env";
import { DatabaseUnavailableError } from "../../lib/db/connection";
import { MigrationError } from "../../lib/db/migrations";

/** Expected failures print one line and exit 1; anything else keeps its stack. */
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Configuration error: ${error.message}`);
    } else if (error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
      console.error(error.message);
    } else if (error instanceof ScriptError) {
      console.error(error.message);
    } else {
      throw error;
    }
    process.exit(1);
  }
}

export class ScriptError extends Error {}
