import type { Metadata } from "next";

/** Where the site's icons are served (app/favicon.ico, app/icon.svg, …), all drawn from its name. */
export const iconPaths = {
  favicon: "/favicon.ico",
  svg: "/icon.svg",
  appleTouch: "/apple-touch-icon.png",
  manifest: "/manifest.webmanifest",
  png: (file: IconFile) => `/icons/${file}`,
} as const;

/** The PNG renditions under /icons/: the web manifest's, and the feeds' small logo. */
export const ICON_FILES = {
  "144.png": { size: 144, layout: "tile" },
  "192.png": { size: 192, layout: "tile" },
  "512.png": { size: 512, layout: "tile" },
  "maskable-512.png": { size: 512, layout: "maskable" },
} as const;

export type IconFile = keyof typeof ICON_FILES;

export function isIconFile(value: string): value is IconFile {
  return Object.hasOwn(ICON_FILES, value);
}

/** The head links every page carries (root layout and the global 404). */
export const iconMetadata: Pick<Metadata, "icons" | "manifest"> = {
  icons: {
    icon: [
      { url: iconPaths.favicon, sizes: "48x48" },
      { url: iconPaths.svg, type: "image/svg+xml" },
    ],
    apple: [{ url: iconPaths.appleTouch, sizes: "180x180", type: "image/png" }],
  },
  manifest: iconPaths.manifest,
};

/** A day: the icons change only when the site is renamed. */
export const ICON_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";
