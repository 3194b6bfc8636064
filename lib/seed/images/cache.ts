import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Painted pictures are kept on disk under the hash of what produced them
 * (the painters' source and the picture's recipe), so a second seed, an e2e
 * run or a reset reuses them instead of painting again, and a changed
 * painter paints afresh.
 */

const DEFAULT_DIR = path.join(".data", "cache", "demo-images");

let fingerprint: string | undefined;

/** A hash of this folder's source files: any edit to a painter changes it. */
function paintersFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash("sha256");
    try {
      const dir = path.dirname(fileURLToPath(import.meta.url));
      for (const name of fs.readdirSync(dir).sort()) {
        if (name.endsWith(".ts") && !name.endsWith(".test.ts")) {
          hash.update(name).update(fs.readFileSync(path.join(dir, name)));
        }
      }
    } catch {
      // Bundled without its sources: the recipe alone still keys the cache.
    }
    fingerprint = hash.digest("hex");
  }
  return fingerprint;
}

export function recipeHash(recipe: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ painters: paintersFingerprint(), recipe }))
    .digest("hex");
}

/** The cached bytes for `recipe`, or `render()`'s, written to the cache for next time. */
export async function cachedRender(
  recipe: unknown,
  render: () => Promise<Buffer>,
  dir: string = DEFAULT_DIR,
): Promise<Buffer> {
  const file = path.join(dir, `${recipeHash(recipe)}.jpg`);
  try {
    return await fsp.readFile(file);
  } catch {
    const data = await render();
    try {
      await fsp.mkdir(dir, { recursive: true });
      // Write then rename, so a parallel seed never reads half a file.
      const temp = `${file}.${process.pid}.tmp`;
      await fsp.writeFile(temp, data);
      await fsp.rename(temp, file);
    } catch {
      // A read-only or missing cache only costs time.
    }
    return data;
  }
}
