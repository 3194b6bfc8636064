/**
 * What each reader page costs a phone: the bytes a real browser downloads on
 * a first visit (empty cache), by kind, as `npm run bench` reports them next
 * to its req/s figures. Chromium loads each page in Lighthouse's phone
 * viewport (412×823 at 1.75×), so the images are the ones a phone picks.
 */
import { chromium } from "@playwright/test";
import { chromiumPath } from "./lighthouse-run";

export interface PageWeight {
  name: string;
  /** The document as sent (compressed) and as parsed. */
  html: { transfer: number; decoded: number };
  /** React's flight data inlined in the HTML (uncompressed). */
  flight: number;
  js: { files: number; transfer: number };
  css: number;
  fonts: { files: number; transfer: number };
  images: { files: number; transfer: number };
}

interface Entry {
  name: string;
  initiatorType: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

function kindOf(entry: Entry): "js" | "css" | "font" | "image" | "other" {
  const path = new URL(entry.name).pathname;
  if (/\.m?js$/.test(path)) return "js";
  if (/\.css$/.test(path)) return "css";
  if (/\.(woff2?|ttf|otf)$/.test(path)) return "font";
  if (path.startsWith("/_next/image") || /\.(avif|webp|jpe?g|png|gif|svg)$/.test(path)) {
    return "image";
  }
  return "other";
}

const MEASURE_IN_PAGE = `(() => {
  const pick = (entry) => ({
    name: entry.name,
    initiatorType: entry.initiatorType,
    transferSize: entry.transferSize,
    encodedBodySize: entry.encodedBodySize,
    decodedBodySize: entry.decodedBodySize,
  });
  const flight = [...document.scripts]
    .filter((script) => !script.src && (script.textContent || "").includes("self.__next_f"))
    .reduce((sum, script) => sum + new Blob([script.textContent || ""]).size, 0);
  return {
    entries: performance.getEntriesByType("resource").map(pick),
    navigation: pick(performance.getEntriesByType("navigation")[0]),
    flight,
  };
})()`;

/** Loads each page once in a fresh context and sums what it fetched. */
export async function measurePageWeights(pages: [string, string][]): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const weights: PageWeight[] = [];
    for (const [name, url] of pages) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "networkidle" });
      // A string, not a function: the TypeScript runner would wrap named
      // helpers in a function the page does not have.
      const { entries, navigation, flight } = (await page.evaluate(MEASURE_IN_PAGE)) as {
        entries: Entry[];
        navigation: Entry;
        flight: number;
      };
      const sum = (kind: ReturnType<typeof kindOf>) => {
        const matching = entries.filter((entry) => kindOf(entry) === kind);
        return {
          files: matching.length,
          transfer: matching.reduce((total, entry) => total + entry.encodedBodySize, 0),
        };
      };
      weights.push({
        name,
        html: { transfer: navigation.encodedBodySize, decoded: navigation.decodedBodySize },
        flight,
        js: sum("js"),
        css: sum("css").transfer,
        fonts: sum("font"),
        images: sum("image"),
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export function printPageWeights(weights: PageWeight[]): void {
  console.log(
    "\nPage weight on a first visit, phone viewport (KiB as transferred; HTML also parsed):",
  );
  console.log(
    "page                   HTML  (parsed, flight)      JS (files)    CSS   fonts (files)  images (files)",
  );
  for (const w of weights) {
    console.log(
      [
        w.name.padEnd(20),
        kib(w.html.transfer).padStart(6),
        `(${kib(w.html.decoded).padStart(6)}, ${kib(w.flight).padStart(6)})`,
        kib(w.js.transfer).padStart(7),
        `(${String(w.js.files).padStart(2)})`,
        kib(w.css).padStart(7),
        kib(w.fonts.transfer).padStart(7),
        `(${w.fonts.files})`.padStart(7),
        kib(w.images.transfer).padStart(8),
        `(${w.images.files})`.padStart(7),
      ].join(" "),
    );
  }
}
