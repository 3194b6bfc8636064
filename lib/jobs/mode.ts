import { env } from "@/lib/env";

/**
 * Whether this app server does background work itself (BACKGROUND_JOBS):
 * "in-process" (the default, and the only choice with the embedded
 * database) runs the worker inside the server; "off" leaves everything to
 * `npm run jobs -- --watch`, which the enqueuers' notifications wake.
 */
export function backgroundJobsInProcess(): boolean {
  return env().BACKGROUND_JOBS === "in-process";
}
