import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

/**
 * The caller's address, as the app server worked it out from the socket and
 * the trusted proxy hops (lib/server/client-address.ts) and wrote into its
 * own header, replacing anything the client sent under that name. Empty when
 * the request did not come through that server (a test calling a handler).
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "";
}
