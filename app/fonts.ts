import { preload } from "react-dom";
import { FONT_FILES } from "./fonts/font-files";

/**
 * Self-hosted, subset web fonts (public/fonts/, SIL Open Font License; made
 * by `npm run fonts`). The @font-face rules are in app/styles/fonts.css; this
 * asks the browser early for the cuts every page shows above the fold, the
 * roman serif and the sans. The italic and the Cyrillic files load only on a
 * page that uses them.
 */
export function preloadFonts(): void {
  for (const file of FONT_FILES) {
    if (file.preload) preload(file.url, { as: "font", type: "font/woff2", crossOrigin: "" });
  }
}
