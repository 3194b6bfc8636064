import fs from "node:fs";
import path from "node:path";

/**
 * Sends a reader page as HTML with islands alone. A page that renders
 * <IslandsOnly /> (components/islands/server.tsx) has nothing interactive
 * but its islands, so Next's runtime, its scripts and the flight data it
 * would hydrate the whole page from are dropped, and the islands' module
 * (scripts/lib/islands-build.ts) hydrates each island on its own. Every
 * other page passes unchanged. Links on such a page load the next page in
 * full, as any server-rendered site's do.
 *
 * Its stylesheets are written into the page (about 12 KB compressed): a
 * phone on a slow network paints it after one request instead of seven, and
 * Lighthouse's mobile profile measured the first paint of home, a section
 * and the News Feed 0.15 to 0.6 s sooner. Pages that keep Next's runtime
 * keep their links too. React's own inline scripts (the streamed Suspense
 * swaps), JSON-LD and everything else stay.
 */
const MARKER = 'data-delivery="islands"';

const NEXT_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/chunks\/[^"]*"[^>]*><\/script>/g;
const NEXT_PRELOAD = /<link\b(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/static\/)[^>]*\/?>/g;
// Flight data and the bundler's bootstrap, both inline; their JSON escapes "<".
const NEXT_INLINE =
  /<script\b[^>]*>(?:\(self\.__next_f|self\.__next_f\.push|\(globalThis\["TURBOPACK"\])[^<]*<\/script>/g;

const STYLESHEET =
  /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/_next\/static\/chunks\/[\w.-]+\.css)"[^>]*\/?>/g;
// A relative url() would resolve against the page once inlined.
const RELATIVE_URL = /url\(\s*['"]?(?![/'"]|data:)/;

/** Written beside the build by scripts/lib/islands-build.ts. */
export const ISLANDS_MANIFEST = "islands-manifest.json";

export interface IslandsDelivery {
  /** The islands' entry module's URL path. */
  entry: string;
  /** A stylesheet of the build by its URL path, or null to leave it linked. */
  stylesheet?: (href: string) => string | null;
}

/** The build's stylesheets, read once each (they never change under one build). */
function stylesheetsOf(distDir: string): (href: string) => string | null {
  const known = new Map<string, string | null>();
  return (href) => {
    if (known.has(href)) return known.get(href)!;
    let css: string | null = null;
    try {
      const text = fs.readFileSync(path.join(distDir, href.replace(/^\/_next\//, "")), "utf8");
      css = text.includes("</") || RELATIVE_URL.test(text) ? null : text;
    } catch {
      css = null;
    }
    known.set(href, css);
    return css;
  };
}

/**
 * The build's islands, or null when it has none (`next build` run alone):
 * then every page keeps Next's runtime, and works as before.
 */
export function loadIslandsDelivery(distDir: string): IslandsDelivery | null {
  try {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(distDir, ISLANDS_MANIFEST), "utf8"),
    ) as Partial<IslandsDelivery>;
    return typeof manifest.entry === "string" && manifest.entry.startsWith("/_next/static/islands/")
      ? { entry: manifest.entry, stylesheet: stylesheetsOf(distDir) }
      : null;
  } catch {
    return null;
  }
}

/**
 * The page without Next's runtime and with the islands' module, if it asked
 * to be sent that way; otherwise the page as it was, not copied.
 */
export function deliverIslands<Body extends string | Buffer>(
  body: Body,
  delivery: IslandsDelivery,
): Body | string {
  if (!body.includes(MARKER)) return body;
  const html = typeof body === "string" ? body : body.toString("utf8");
  let stripped = html.replace(NEXT_SCRIPT, "").replace(NEXT_PRELOAD, "").replace(NEXT_INLINE, "");
  const { stylesheet } = delivery;
  if (stylesheet) {
    stripped = stripped.replace(STYLESHEET, (link, href: string) => {
      const css = stylesheet(href);
      return css === null ? link : `<style>${css}</style>`;
    });
  }
  if (!stripped.includes("data-island=")) return stripped;
  const tag = `<script type="module" src="${delivery.entry}"></script>`;
  const end = stripped.lastIndexOf("</body>");
  return end === -1 ? stripped + tag : stripped.slice(0, end) + tag + stripped.slice(end);
}
