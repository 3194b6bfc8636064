import { checkSlug, slugify } from "@/lib/slugs/rules";

/**
 * New articles start at a provisional address: the headline they were
 * created with (or "untitled") plus eight hex digits, so that the row is
 * unique before anyone has chosen a slug.
 */
const PROVISIONAL_SUFFIX = /-[0-9a-f]{8}$/;
/** Suffixes this editor adds itself when an automatic slug is taken. */
const NUMBER_SUFFIX = /-\d{1,2}$/;

/**
 * Whether `slug` looks generated from `title` rather than typed by hand: the
 * headline's slug, the provisional address, or either with a number added
 * because the plain one was taken.
 */
export function isGeneratedSlug(slug: string, title: string): boolean {
  const bases = new Set([slugify(title), "untitled"]);
  const withoutNumber = slug.replace(NUMBER_SUFFIX, "");
  return [
    slug,
    withoutNumber,
    slug.replace(PROVISIONAL_SUFFIX, ""),
    withoutNumber.replace(PROVISIONAL_SUFFIX, ""),
  ].some((candidate) => bases.has(candidate));
}

/**
 * The address follows the headline until the article has been public once
 * (its links are out in the world then) or someone typed a slug by hand.
 */
export function slugFollowsHeadline(input: {
  everPublished: boolean;
  slugEditedByHand: boolean;
}): boolean {
  return !input.everPublished && !input.slugEditedByHand;
}

/** The slug a headline gives, or the current one while the headline has no letters. */
export function slugForHeadline(title: string, current: string): string {
  return slugify(title) || current;
}

/** Addresses to try, in order, when the headline's own slug is taken. */
export function slugCandidates(base: string, count = 5): string[] {
  if (checkSlug(base)) return [base];
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}
