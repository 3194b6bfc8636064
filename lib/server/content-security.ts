import { createHash } from "node:crypto";

/**
 * Content-Security-Policy for every response, decided where the whole HTML
 * is known (lib/server/response-filter.ts).
 *
 * Reader pages are cached and shared, so a per-request nonce is out: it would
 * make every page personal, or leave a stale nonce in the cached copy. Next's
 * inline scripts (the bootstrap and the page's flight data) are instead
 * allowed by their SHA-256 hashes, computed from the response itself. Script
 * files come only from this site. Nothing else may run: no inline event
 * handlers, no eval, no plugins, no foreign frames, and no form targets but
 * Stripe's hosted payment pages.
 */

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Data blocks (JSON-LD, JSON) are never executed, so they need no hash.
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

function typeOf(attributes: string): string {
  const match = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? "").trim();
}

/** The 'sha256-…' sources of every inline script the browser would run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || !EXECUTABLE_TYPE.test(typeOf(attributes))) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export interface PolicyOptions {
  /** From inlineScriptHashes(). */
  scriptHashes: string[];
  /** `next dev` evaluates code and injects scripts for hot reloading. */
  development: boolean;
  /** The site is served over HTTPS: ask browsers to upgrade stray http: links. */
  https: boolean;
  /** Staff pages may not be framed at all; reader pages only by the site itself. */
  framing: "none" | "self";
  /** Other origins a form may lead to; unset: Stripe's hosted pages (paymentFormTargets). */
  formTargets?: string[];
}

/**
 * The membership forms post to this site, which answers with a redirect to
 * Stripe's hosted Checkout or billing portal; browsers check form-action on
 * that redirect too. In tests STRIPE_API_BASE names the local stand-in.
 */
export function paymentFormTargets(source: Record<string, string | undefined> = process.env) {
  const targets = ["https://checkout.stripe.com", "https://billing.stripe.com"];
  try {
    if (source.STRIPE_API_BASE) targets.push(new URL(source.STRIPE_API_BASE).origin);
  } catch {
    // Refused by lib/env.ts at start; nothing to add here.
  }
  return targets;
}

export function htmlPolicy(options: PolicyOptions): string {
  const scripts = options.development
    ? ["'self'", "'unsafe-eval'", "'unsafe-inline'"]
    : ["'self'", ...options.scriptHashes];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React writes style attributes (widths, progress bars); no script runs from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    options.development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${(options.formTargets ?? paymentFormTargets()).join(" ")}`,
    `frame-ancestors '${options.framing}'`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** For everything that is not HTML: feeds, images, JSON, files. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Staff pages, sign-in and previews may never be framed (clickjacking a Publish button). */
export function isUnframeable(pathname: string): boolean {
  return /^\/(?:editor|login|account|preview|api)(?:\/|$)/.test(pathname);
}
