/**
 * `npm run build`'s second half: the islands' module, after `next build`
 * (scripts/lib/islands-build.ts). Writes into the same build directory.
 */
import { buildIslands } from "./lib/islands-build";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const { entry } = await buildIslands(distDir);
  console.log(`Islands: ${entry}`);
});
