import { env } from "@/lib/env";

/**
 * The caller's address as the nearest trusted hop saw it. Next's own server
 * appends the socket address to X-Forwarded-For; with TRUSTED_PROXY_HOPS
 * proxies in front, the entry that many places from the end is the client
 * (earlier entries are whatever the client claimed).
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  const hops = env().TRUSTED_PROXY_HOPS;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? "";
}
