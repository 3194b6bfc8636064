import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { ISLANDS_MANIFEST, type IslandsDelivery } from "../../lib/server/islands-delivery";

/**
 * Builds the islands' module (components/islands/client.ts) into
 * `<distDir>/static/islands/`, where Next serves it under
 * /_next/static/islands/ with the rest of the build's immutable files.
 * One entry that carries React and finds the islands, and a chunk per
 * island, loaded only where one is on the page. The manifest names the
 * entry for the app server (lib/server/islands-delivery.ts).
 */
const ENTRY = "components/islands/client.ts";

/** Stylesheets come with the page from Next; an island's CSS import is already there. */
const stylesFromThePage: Plugin = {
  name: "styles-from-the-page",
  setup(builder) {
    builder.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: "no-css" }));
    builder.onLoad({ filter: /.*/, namespace: "no-css" }, () => ({ contents: "", loader: "js" }));
  },
};

/**
 * Next's Link needs the App Router, which islands pages do not have: a
 * plain link stands in. next/image is Next's own component, taken by its
 * name (components/islands/next-image.ts).
 */
const nextModules: Plugin = {
  name: "next-modules",
  setup(builder) {
    builder.onResolve({ filter: /^next\/link$/ }, () => ({
      path: path.resolve("components/islands/plain-link.tsx"),
    }));
    builder.onResolve({ filter: /^next\/image$/ }, () => ({
      path: path.resolve("components/islands/next-image.ts"),
    }));
  },
};

/**
 * next/image reads the app's image settings from a constant Next's bundler
 * defines; the same settings come from the build it runs beside.
 */
function imageOptions(distDir: string): string {
  const files = JSON.parse(
    fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8"),
  ) as { config: { images: Record<string, unknown> } };
  return JSON.stringify(files.config.images);
}

/** The browsers of package.json's browserslist, as esbuild names them. */
function targets(): string[] {
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
    browserslist?: string[];
  };
  return (manifest.browserslist ?? []).map((entry) => entry.replace(/\s*>=\s*/, ""));
}

export async function buildIslands(distDir: string): Promise<IslandsDelivery> {
  const outdir = path.join(distDir, "static", "islands");
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { islands: ENTRY },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: targets(),
    outdir,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    define: {
      "process.env.NODE_ENV": '"production"',
      "process.env.__NEXT_IMAGE_OPTS": imageOptions(distDir),
      // Any other setting Next's modules read is unset in a browser.
      "process.env": "{}",
    },
    jsx: "automatic",
    tsconfig: "tsconfig.json",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [stylesFromThePage, nextModules],
  });
  // Each island's chunk is an entry point too, of a dynamic import.
  const entry = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint === ENTRY,
  );
  if (!entry) throw new Error("The islands' build wrote no entry module.");
  const manifest: IslandsDelivery = {
    entry: `/_next/static/islands/${path.basename(entry[0])}`,
  };
  fs.writeFileSync(path.join(distDir, ISLANDS_MANIFEST), JSON.stringify(manifest));
  return manifest;
}
