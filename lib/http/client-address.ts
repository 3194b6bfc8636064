import { env } from "@/lib/env";

/**
 * The caller's address as the nearest trusted hop saw it. With
 * TRUSTED_PROXY_HOPS proxies in front, the entry that many places from the
 * end of X-Forwarded-For is the client (earlier entries are whatever the
 * client claimed). With none, Next's server fills the header with the socket
 * address only when the client sent none, so the answer is a hint, not proof.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  const hops = env().TRUSTED_PROXY_HOPS;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? "";
}
