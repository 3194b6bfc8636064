import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

/**
 * A real S3-protocol server on 127.0.0.1 for tests (s3rver: signatures are
 * checked, objects kept on disk), in a process of its own like a real
 * store, with the MEDIA_S3_* settings that point the app at its buckets.
 *
 *   const s3 = await startS3Server({ buckets: ["media"] });
 *   Object.assign(process.env, s3.env("media"));
 *   …
 *   await s3.close();
 */
export interface S3TestServer {
  endpoint: string;
  /** Settings for one of the buckets made at start. */
  env(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

// s3rver's fixed credentials; it refuses requests signed with any others.
const ACCESS_KEY = "S3RVER";
const SCRIPT = path.resolve(import.meta.dirname, "run-s3rver.mjs");

export async function startS3Server(
  options: { buckets?: string[]; directory?: string } = {},
): Promise<S3TestServer> {
  const directory =
    options.directory ?? (await fs.mkdtemp(path.join(os.tmpdir(), "newsroom-s3rver-")));
  await fs.mkdir(directory, { recursive: true });
  const child = spawn(
    process.execPath,
    ["--openssl-legacy-provider", SCRIPT, directory, (options.buckets ?? ["media"]).join(",")],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`s3rver exited with code ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    env: (bucket) => ({
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_ENDPOINT: endpoint,
      MEDIA_S3_REGION: "us-east-1",
      MEDIA_S3_FORCE_PATH_STYLE: "true",
      MEDIA_S3_ACCESS_KEY_ID: ACCESS_KEY,
      MEDIA_S3_SECRET_ACCESS_KEY: ACCESS_KEY,
    }),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.stdin!.end();
        await exited;
      }
      if (!options.directory) await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
