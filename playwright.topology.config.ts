import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { siblingDatabaseUrl } from "./test/test-database";

/**
 * The production topology, started for real by its own command: PostgreSQL
 * (DATABASE_URL), two app servers, a worker and Varnish (npm run cluster).
 * `npm run test:topology`; part of `npm test` when DATABASE_URL names a
 * PostgreSQL test database (CI's second run).
 */
const port = Number(process.env.TOPOLOGY_PORT ?? 3180);

/** The cluster gets a database of its own beside the e2e suite's. */
function clusterDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("The topology tests need DATABASE_URL (a PostgreSQL test database).");
  return siblingDatabaseUrl(base, "_topology");
}

const executablePath = [process.env.E2E_CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (candidate) => candidate && fs.existsSync(candidate),
);

export default defineConfig({
  testDir: "e2e/topology",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 120_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: executablePath
      ? {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        }
      : {},
  },
  webServer: {
    command: `node --import tsx scripts/cluster.ts --servers 2 --port ${port} --fresh --logs files --dir .data/topology`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: clusterDatabaseUrl(),
      CLUSTER_BUILD: process.env.E2E_BUILD === "reuse" ? "reuse" : "",
      NEXT_TELEMETRY_DISABLED: "1",
      // The timings are of a settled site: the demo's audio, a minute of
      // encoding on one of the machine's cores, is not what they measure.
      DEMO_NARRATIONS: "0",
    },
  },
});
