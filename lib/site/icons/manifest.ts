import type { SiteSettingsDto } from "@/lib/site/dto";
import { iconPaths } from "./paths";

// The paper colour of app/styles/tokens.css: the splash screen and the bar
// match the page the reader lands on.
const PAPER = "#fbfaf7";

/** The web app manifest (https://www.w3.org/TR/appmanifest/) of the site. Pure. */
export function webManifest(site: Pick<SiteSettingsDto, "name" | "description" | "language">) {
  const shortName = site.name.replace(/^the\s+(?=\S)/i, "");
  return {
    name: site.name,
    // Launchers cut names longer than about twelve characters; a leading
    // "The" is the first thing to go.
    short_name: shortName,
    description: site.description || undefined,
    lang: site.language,
    start_url: "/",
    scope: "/",
    display: "minimal-ui",
    background_color: PAPER,
    theme_color: PAPER,
    icons: [
      { src: iconPaths.svg, type: "image/svg+xml", sizes: "any", purpose: "any" },
      { src: iconPaths.png("192.png"), type: "image/png", sizes: "192x192", purpose: "any" },
      { src: iconPaths.png("512.png"), type: "image/png", sizes: "512x512", purpose: "any" },
      {
        src: iconPaths.png("maskable-512.png"),
        type: "image/png",
        sizes: "512x512",
        purpose: "maskable",
      },
    ],
  };
}
