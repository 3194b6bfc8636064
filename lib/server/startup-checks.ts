import { isLocalSite, type Env } from "@/lib/env";

/**
 * A site served beyond this machine must not start half-configured: each
 * app server needs the same session key, the number of proxies in front
 * (or rate limits count the proxy as every reader), and limits shared by
 * every server. Returns one line naming what is missing, or null.
 */
export function startupProblem(env: Env, raw: Record<string, string | undefined>): string | null {
  if (isLocalSite(env.SITE_URL)) return null;
  const site = `SITE_URL is ${env.SITE_URL}, a public address`;
  if (!env.AUTH_SECRET) {
    return `${site}: set AUTH_SECRET (the same random value of 32 or more characters on every app server).`;
  }
  if (raw.TRUSTED_PROXY_HOPS === undefined || raw.TRUSTED_PROXY_HOPS.trim() === "") {
    return `${site}: set TRUSTED_PROXY_HOPS to the number of proxies in front of the app (0 if readers connect directly).`;
  }
  if (env.RATE_LIMIT_STORE !== "database") {
    return `${site}: set RATE_LIMIT_STORE=database so sign-in and sign-up limits hold across app servers.`;
  }
  return null;
}
