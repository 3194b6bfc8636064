// Runs s3rver in a process of its own, started by test/s3/s3-server.ts with
// --openssl-legacy-provider: s3rver encrypts list continuation tokens with
// DES, which OpenSSL 3 leaves out by default. Prints {"port":…} once
// listening; ends when its parent closes stdin or sends SIGTERM.
import S3rver from "s3rver";

const [directory, buckets] = process.argv.slice(2);
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: buckets.split(",").map((name) => ({ name })),
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);

const stop = () => server.close().finally(() => process.exit(0));
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
