/**
 * `npm start`: everything a fresh checkout needs to serve the newsroom.
 * Generates the Prisma client if missing, applies migrations, loads the demo
 * newsroom into an empty database, builds when the sources are newer than the
 * last build, then runs the app server (scripts/serve.ts; `next dev` with --dev).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildNext, followChild, runScriptFile, spawnServer } from "./lib/processes";
import { runScript } from "./lib/run-script";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" } },
  allowPositionals: false,
});
const port = values.port ?? process.env.PORT ?? "3000";
// A newsroom's server does not report usage to anyone unless asked to.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function newestSourceTime(): number {
  const roots = [
    "app",
    "components",
    "lib",
    "public",
    "generated",
    "prisma",
    "instrumentation.ts",
    "instrumentation-node.ts",
    "next.config.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
  ];
  let newest = 0;
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  roots.forEach(visit);
  return newest;
}

function needsBuild(): boolean {
  const marker = path.resolve(".next/BUILD_ID");
  return !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < newestSourceTime();
}

await runScript(async () => {
  if (!fs.existsSync("generated/prisma/client.ts")) runScriptFile("scripts/prisma-generate.ts", []);
  // db:seed applies pending migrations first and seeds only an empty database.
  runScriptFile("scripts/db-seed.ts", ["--if-empty"]);
  if (!values.dev && needsBuild()) buildNext();
  followChild(spawnServer(values.dev ? ["--dev", "--port", port] : ["--port", port]));
});
