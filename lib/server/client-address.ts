import { isIP } from "node:net";

/**
 * The header the app server writes with the client's address, after
 * removing any value the client sent under that name. Route handlers read
 * only this (lib/http/client-address.ts); X-Forwarded-For is never trusted
 * on its own, because anyone can send one.
 */
export const CLIENT_ADDRESS_HEADER = "x-newsroom-client-address";

/** "::ffff:203.0.113.9" is the IPv4 client 203.0.113.9 on a dual-stack socket. */
function normalize(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/**
 * Who sent the request. The socket's peer is certain; each trusted proxy in
 * front (TRUSTED_PROXY_HOPS) appends the address it saw to X-Forwarded-For,
 * so the client is the entry that many places back from the socket. Entries
 * further left are whatever the client claimed and are never used. With no
 * trusted hops the socket address is the answer, whatever the header says.
 */
export function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header.split(",").map(normalize).filter(Boolean),
    ...(socketAddress ? [normalize(socketAddress)] : []),
  ];
  if (!chain.length) return "";
  // Walk from the socket towards the client, at most `trustedHops` steps,
  // stopping where a hop wrote something that is not an address.
  let index = chain.length - 1;
  for (let hop = 0; hop < trustedHops && index > 0; hop++) {
    if (!isIP(chain[index - 1]!)) break;
    index--;
  }
  return chain[index]!;
}
