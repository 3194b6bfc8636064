import { RESERVED_SLUGS, SLUG_MAX_LENGTH, slugify } from "../../slugs/rules.ts";
import { DEMO_PAGE_SLUGS } from "./page-slugs.ts";
import { expert, person } from "./people.ts";
import {
  CRIMEA_PLACES,
  FRONT_TOWNS,
  OCCUPIED_PLACES,
  REAR_CITIES,
  RUSSIAN_REGIONS,
} from "./places.ts";
import { Rng } from "./random.ts";
import { DEMO_SECTIONS } from "./sections.ts";
import { STORIES } from "./stories/stories.ts";
import type { Core, Template } from "./template.ts";
import { TEMPLATES_BY_TYPE, WEIGHTS_BY_TYPE } from "./templates.ts";
import type { DemoArticleType } from "./types.ts";

/**
 * The cheap part of an article: its type, template, slots and title. Enough
 * to compute any article's slug without building its body, which is how
 * related-article links and slug uniqueness are worked out.
 */

export interface Skeleton {
  type: DemoArticleType;
  template: Template;
  core: Core;
  /** The preferred title. */
  title: string;
  /** Every title variant that fits the length bounds, preferred first. */
  titles: string[];
}

/** Cumulative shares: 60% news, 12% analysis, 10% opinion, 5% editorial, 13% features. */
const TYPE_THRESHOLDS: readonly [number, DemoArticleType][] = [
  [0.6, "NEWS"],
  [0.72, "ANALYSIS"],
  [0.82, "OPINION"],
  [0.87, "EDITORIAL"],
  [1, "FEATURE"],
];

export const TITLE_MIN = 40;
export const TITLE_MAX = 110;

function typeFor(roll: number): DemoArticleType {
  for (const [threshold, type] of TYPE_THRESHOLDS) if (roll < threshold) return type;
  return "NEWS";
}

function drawCore(template: Template, r: Rng): Core {
  const place = r.pick(template.places);
  let place2 = r.pick(REAR_CITIES);
  if (place2.name === place.name) place2 = r.pick(REAR_CITIES.filter((p) => p.name !== place.name));
  const p1 = person(r);
  let p2 = person(r);
  if (p2.last === p1.last) p2 = person(r);
  let p3 = person(r);
  if (p3.last === p1.last || p3.last === p2.last) p3 = person(r);
  return {
    place,
    place2,
    front: FRONT_TOWNS.includes(place) ? place : r.pick(FRONT_TOWNS),
    occupied: OCCUPIED_PLACES.includes(place) ? place : r.pick(OCCUPIED_PLACES),
    ru: r.pick(RUSSIAN_REGIONS),
    crimea: r.pick(CRIMEA_PLACES),
    p1,
    p2,
    p3,
    x: expert(r),
    y: expert(r),
    n: template.numbers(r),
    k1: r.key(),
    k2: r.key(),
    k3: r.key(),
  };
}

/** The first candidate (starting at `start`) whose length is within bounds. */
export function fitting(candidates: string[], start: number, min: number, max: number): string {
  for (let i = 0; i < candidates.length; i++) {
    const text = candidates[(start + i) % candidates.length] ?? "";
    if (text.length >= min && text.length <= max) return text;
  }
  const first = candidates[start % candidates.length] ?? "";
  return first.length > max ? `${first.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : first;
}

/** How far apart (in articles) two stories from the same template should be. */
export const TEMPLATE_WINDOW = 16;

/** The first draw for an article: its type and template, before neighbours are considered. */
function firstPick(
  index: number,
  seed: number,
): { r: Rng; type: DemoArticleType; template: Template } {
  const r = Rng.for(seed, index, 1);
  const type = typeFor(r.next());
  return { r, type, template: r.weighted(TEMPLATES_BY_TYPE[type], WEIGHTS_BY_TYPE[type]) };
}

/**
 * First picks of recent indexes: a seed asks for the same neighbours many
 * times over (each article looks at 32 of them), so they are remembered.
 */
const firstPicks = new Map<string, string>();

function firstTemplateId(index: number, seed: number): string {
  const key = `${seed}:${index}`;
  let id = firstPicks.get(key);
  if (id === undefined) {
    if (firstPicks.size >= 8192) firstPicks.clear();
    id = firstPick(index, seed).template.id;
    firstPicks.set(key, id);
  }
  return id;
}

/**
 * The article's template: its first pick, unless a newer article nearby
 * made the same first pick, in which case another template of the same
 * type that no neighbour picked. Only first picks are compared, so this
 * stays cheap and needs no other article's final choice.
 */
function chooseTemplate(index: number, seed: number) {
  const pick = firstPick(index, seed);
  const near = new Set<string>();
  let clash = false;
  for (let j = Math.max(0, index - TEMPLATE_WINDOW); j <= index + TEMPLATE_WINDOW; j++) {
    if (j === index) continue;
    const other = firstTemplateId(j, seed);
    near.add(other);
    if (j < index && other === pick.template.id) clash = true;
  }
  if (!clash) return pick;
  const pool = TEMPLATES_BY_TYPE[pick.type];
  const start = pick.r.int(0, pool.length - 1);
  for (let k = 0; k < pool.length; k++) {
    const candidate = pool[(start + k) % pool.length]!;
    if (!near.has(candidate.id)) return { ...pick, template: candidate };
  }
  return pick;
}

export function skeletonOf(index: number, seed: number): Skeleton {
  const { r, type, template } = chooseTemplate(index, seed);
  const core = drawCore(template, r);
  const prefix = type === "EDITORIAL" ? "Editorial: " : "";
  const all = template.titles.map((title) => prefix + title(core));
  const start = r.int(0, all.length - 1);
  const title = fitting(all, start, TITLE_MIN, TITLE_MAX);
  const titles = [title];
  for (let i = 1; i < all.length; i++) {
    const other = all[(start + i) % all.length] ?? "";
    if (other !== title && other.length >= TITLE_MIN && other.length <= TITLE_MAX)
      titles.push(other);
  }
  return { type, template, core, title, titles };
}

/** Slugs no article may take: the app's own paths, sections and static pages. */
const FORBIDDEN = new Set<string>([
  ...RESERVED_SLUGS,
  ...DEMO_SECTIONS.map((section) => section.slug),
  ...DEMO_PAGE_SLUGS,
]);

/** Above this many articles every slug carries an index suffix; below, only duplicates do. */
export const ALWAYS_SUFFIX_ABOVE = 10_000;

function withSuffix(base: string, suffix: string): string {
  const room = SLUG_MAX_LENGTH - suffix.length - 1;
  let head = base;
  if (head.length > room) head = head.slice(0, room).replace(/-[^-]*$/, "");
  head = head.replace(/-+$/, "");
  return `${head}-${suffix}`;
}

/** The index in base 36: short, hyphen-free and different for every index. */
function indexSuffix(index: number): string {
  return index.toString(36);
}

interface Table {
  titles: readonly string[];
  slugs: readonly string[];
}

const tables = new Map<string, Table>();

/**
 * Titles and slugs for a whole small demo, worked out from the oldest
 * article to the newest: a repeated title switches to another variant of its
 * template when one is free, and a repeated slug gets the index suffix.
 */
function demoTable(count: number, seed: number): Table {
  const key = `${count}:${seed}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const titles: string[] = new Array<string>(count);
  const slugs: string[] = new Array<string>(count);
  const stories = Math.min(count, STORIES.length);
  const usedTitles = new Set<string>();
  const taken = new Set<string>(FORBIDDEN);
  // The hand-written stories keep their own titles and slugs.
  for (let index = 0; index < stories; index++) {
    const story = STORIES[index]!;
    titles[index] = story.title;
    slugs[index] = story.slug;
    usedTitles.add(story.title);
    taken.add(story.slug);
  }
  for (let index = count - 1; index >= stories; index--) {
    const { title, titles: variants } = skeletonOf(index, seed);
    const chosen = variants.find((variant) => !usedTitles.has(variant)) ?? title;
    usedTitles.add(chosen);
    titles[index] = chosen;
  }
  for (let index = count - 1; index >= stories; index--) {
    const base = slugify(titles[index] ?? "") || "article";
    if (!taken.has(base)) {
      slugs[index] = base;
      taken.add(base);
    }
  }
  for (let index = count - 1; index >= stories; index--) {
    if (slugs[index] !== undefined) continue;
    const base = slugify(titles[index] ?? "") || "article";
    let suffix = indexSuffix(index);
    let slug = withSuffix(base, suffix);
    while (taken.has(slug)) {
      suffix += "x";
      slug = withSuffix(base, suffix);
    }
    taken.add(slug);
    slugs[index] = slug;
  }
  if (tables.size >= 4) {
    const oldest = tables.keys().next().value;
    if (oldest !== undefined) tables.delete(oldest);
  }
  const table = { titles, slugs };
  tables.set(key, table);
  return table;
}

/** The title of article `index` of `count` (see demoTable for small demos). */
export function demoArticleTitle(index: number, count: number, seed: number): string {
  if (index < STORIES.length && index < count) return STORIES[index]!.title;
  if (count > ALWAYS_SUFFIX_ABOVE) return skeletonOf(index, seed).title;
  return demoTable(count, seed).titles[index] ?? skeletonOf(index, seed).title;
}

/**
 * The slug of article `index` of `count`. Unique across all indexes of the
 * same (count, seed), never reserved, never a section's or a page's slug.
 */
export function demoArticleSlug(index: number, count: number, seed: number): string {
  if (index < STORIES.length && index < count) return STORIES[index]!.slug;
  if (count > ALWAYS_SUFFIX_ABOVE) {
    // A hyphen-free suffix that encodes the index makes every slug unique.
    return withSuffix(slugify(skeletonOf(index, seed).title) || "article", indexSuffix(index));
  }
  return demoTable(count, seed).slugs[index] ?? withSuffix("article", indexSuffix(index));
}

export function assertIndex(index: number, count: number): void {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`index must be an integer in [0, ${count}), got ${index}`);
  }
}
