/**
 * `next/image` inside the islands' module (scripts/lib/islands-build.ts):
 * Next's own component, by its name. Next ships it as CommonJS, whose
 * default export esbuild reads differently by importer in this
 * `"type": "module"` package.
 */
export { Image as default } from "next/dist/client/image-component.js";
