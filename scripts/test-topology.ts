/**
 * `npm run test:topology`: the production topology's tests
 * (playwright.topology.config.ts). They need PostgreSQL (DATABASE_URL, a
 * test database) and Varnish; on the embedded database there is no
 * topology to test, and this says so and succeeds, as `npm test` on a
 * laptop expects. CI's PostgreSQL run has both and runs them.
 */
import { spawnSync } from "node:child_process";
import { varnishAvailable } from "./lib/cluster";

if (!process.env.DATABASE_URL) {
  console.log(
    "Topology tests: not run on the embedded database (they need DATABASE_URL and Varnish).",
  );
  process.exit(0);
}
if (!varnishAvailable()) {
  console.error(
    "Topology tests need Varnish with vmod-xkey: apt-get install varnish varnish-modules.",
  );
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    "node_modules/@playwright/test/cli.js",
    "test",
    "--config",
    "playwright.topology.config.ts",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
