import type { IncomingMessage } from "node:http";

/**
 * Requests turned away before Next sees them, with a 4xx that says why
 * instead of a 500 from deep inside: addresses that cannot be decoded or
 * carry NUL bytes (nothing on the site has either, and PostgreSQL refuses
 * NUL in text), bodies larger than anything the site accepts, and server
 * actions sent from another site.
 */
export interface Refusal {
  status: 400 | 403 | 413;
  message: string;
}

function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

export function refuseRequest(
  req: Pick<IncomingMessage, "url" | "method" | "headers">,
  maxBodyBytes: number,
): Refusal | null {
  const url = req.url ?? "/";
  if (/%00|\0/i.test(url) || !decodes(url.split("?")[0] ?? "")) {
    return { status: 400, message: "Bad request: the address is malformed." };
  }
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  if (query && !query.split("&").every((pair) => decodes(pair.replace(/\+/g, " ")))) {
    return { status: 400, message: "Bad request: the query string is malformed." };
  }
  const length = req.headers["content-length"];
  if (length !== undefined && (!/^\d+$/.test(length) || Number(length) > maxBodyBytes)) {
    return { status: 413, message: "The request body is larger than this site accepts." };
  }
  if (req.method === "POST" && req.headers["next-action"] !== undefined) {
    const origin = req.headers.origin;
    const host = req.headers["x-forwarded-host"] ?? req.headers.host;
    let originHost: string | null = null;
    try {
      originHost = origin ? new URL(origin).host : null;
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== host) {
      return { status: 403, message: "Forbidden: send this from the site's own pages." };
    }
  }
  return null;
}
