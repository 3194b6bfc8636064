import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Chromium from E2E_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download where one is installed.
 */
function chromiumPath(): string | undefined {
  const candidates = [
    process.env.E2E_CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate));
}

const executablePath = chromiumPath();

const browserUse = {
  ...devices["Desktop Chrome"],
  launchOptions: executablePath
    ? {
        executablePath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      }
    : {},
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // Journeys that publish change what the reader pages show, so they
      // run after everything that reads the seeded newsroom as it was.
      // The production topology has a run of its own (playwright.topology.config.ts).
      testIgnore: [
        /(comments|editor|freshness|live-blog|scheduling|lighthouse)\.spec\.ts/,
        /\/topology\//,
      ],
      use: browserUse,
    },
    {
      name: "chromium-publishing",
      testMatch: /(comments|editor|freshness|live-blog|scheduling)\.spec\.ts/,
      dependencies: ["chromium"],
      use: browserUse,
    },
    // Lighthouse on every reader page type, a few minutes: only when asked
    // for (`npm run test:lighthouse`), so a suite run decides where it goes.
    ...(process.env.E2E_LIGHTHOUSE
      ? [{ name: "lighthouse", testMatch: /lighthouse\.spec\.ts/, timeout: 300_000 }]
      : []),
  ],
  webServer: {
    command: `node --import tsx scripts/e2e-server.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
