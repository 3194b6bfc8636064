import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/**
 * Runs `node <args>` in the foreground with inherited output; a failure ends
 * this process with the child's exit code, as running it by hand would.
 */
export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs one of the project's TypeScript scripts in the foreground. */
export function runScriptFile(script: string, args: string[], env?: NodeJS.ProcessEnv): void {
  runNode(["--import", "tsx", script, ...args], env);
}

/** `next build`, then the islands' module (scripts/build-islands.ts), in the foreground. */
export function buildNext(env?: NodeJS.ProcessEnv): void {
  runNode([NEXT_BIN, "build"], env);
  runScriptFile(path.resolve("scripts/build-islands.ts"), [], env);
}

/** Starts `next <command>` in the background. */
export function spawnNext(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {},
): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], {
    stdio: options.stdio ?? "inherit",
    env: options.env ?? process.env,
  });
}

/** Starts the app server (scripts/serve.ts: Next behind the site's own HTTP layer). */
export function spawnServer(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {},
): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/serve.ts"), ...args], {
    stdio: options.stdio ?? "inherit",
    env: options.env ?? process.env,
  });
}

/** Passes Ctrl-C and termination on to a child and leaves with its exit code. */
export function followChild(child: ChildProcess): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}
