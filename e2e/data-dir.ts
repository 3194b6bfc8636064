/**
 * Where the e2e server keeps its database, media and fixtures. A server on
 * another port (E2E_PORT) gets a folder of its own, so two suites can run at
 * once without wiping each other's data.
 */
export function e2eDataDir(port: string | undefined): string {
  return !port || port === "3100" ? ".data/e2e" : `.data/e2e-${port}`;
}
