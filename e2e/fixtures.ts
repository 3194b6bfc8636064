import fs from "node:fs";
import path from "node:path";
import { e2eDataDir } from "./data-dir";

interface Ref {
  slug: string;
  title: string;
}

/** Slugs picked from the freshly seeded e2e database by scripts/e2e-server.ts. */
export interface SeedFixtures {
  /** The newest published story with a section, a tag and an author. */
  published: Ref & { id: string; sectionSlug: string; tagSlug: string; authorSlug: string };
  withCorrection: Ref;
  draft: Ref & { id: string };
  scheduled: Ref;
  page: Ref;
  section: { slug: string; name: string };
  /** A former slug of `published`. */
  oldSlug: string;
  /** The Ukrainian edition (lib/seed/demo/uk). */
  uk: {
    /** A published Ukrainian translation and its English original. */
    translation: Ref;
    original: Ref;
    /** A published English news story with no translation yet. */
    untranslated: Ref & { id: string };
    section: { slug: string; name: string };
  };
}

export function seedFixtures(): SeedFixtures {
  return JSON.parse(
    fs.readFileSync(path.resolve(e2eDataDir(process.env.E2E_PORT), "fixtures.json"), "utf8"),
  ) as SeedFixtures;
}
