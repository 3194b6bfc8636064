/**
 * The site's editions. English is the default and lives at the root (`/`);
 * every other edition lives under its own prefix (`/uk/`). An article and a
 * section belong to exactly one edition (the `Edition` enum in the schema).
 */
export const EDITIONS = ["en", "uk"] as const;

export type Edition = (typeof EDITIONS)[number];

export const DEFAULT_EDITION: Edition = "en";

export function isEdition(value: unknown): value is Edition {
  return typeof value === "string" && (EDITIONS as readonly string[]).includes(value);
}

/**
 * The edition a form or query says (`value`), or `fallback` when it says
 * none we publish: a missing field, a typo, "de".
 */
export function editionOr<T>(value: unknown, fallback: T): Edition | T {
  return isEdition(value) ? value : fallback;
}

/** Per edition: its path prefix, the `lang`/`hreflang` code and the Intl locale. */
export const EDITION_INFO: Record<
  Edition,
  { prefix: string; lang: string; locale: string; ogLocale: string }
> = {
  en: { prefix: "", lang: "en", locale: "en-US", ogLocale: "en_US" },
  uk: { prefix: "/uk", lang: "uk", locale: "uk-UA", ogLocale: "uk_UA" },
};

/** A site path ("/", "/war", "/search") in `edition`: "/uk", "/uk/war", "/uk/search". */
export function editionPath(edition: Edition, path: string): string {
  const prefix = EDITION_INFO[edition].prefix;
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/**
 * The edition a site path belongs to and the path within it:
 * "/uk/viina" → { edition: "uk", path: "/viina" }.
 */
export function splitEditionPath(pathname: string): { edition: Edition; path: string } {
  for (const edition of EDITIONS) {
    const prefix = EDITION_INFO[edition].prefix;
    if (!prefix) continue;
    if (pathname === prefix) return { edition, path: "/" };
    if (pathname.startsWith(`${prefix}/`)) return { edition, path: pathname.slice(prefix.length) };
  }
  return { edition: DEFAULT_EDITION, path: pathname };
}
