import { z } from "zod";
import { checkSlug, slugify, SLUG_PROBLEM_MESSAGES } from "@/lib/slugs/rules";

/**
 * Zod pieces shared by the staff area's management forms, so every form
 * words its field errors the same way. Pure: used by server actions and
 * unit tests alike.
 */

export const idField = z.string().trim().min(1, "Missing identifier.").max(64);

export function requiredText(what: string, max: number) {
  return z.string().trim().min(1, `Enter ${what}.`).max(max, `Use at most ${max} characters.`);
}

export function optionalText(max: number) {
  return z.string().trim().max(max, `Use at most ${max} characters.`);
}

export type SlugPlace = "root" | "prefixed";

/**
 * Slugs at the site root (sections) may not take the app's own words; tag
 * and author slugs live under /tag/ and /author/, where those words are
 * harmless.
 */
function slugIssue(slug: string, place: SlugPlace): string | null {
  const problem = checkSlug(slug);
  if (!problem || (problem === "reserved" && place === "prefixed")) return null;
  return SLUG_PROBLEM_MESSAGES[problem];
}

/**
 * A slug as typed: lower-cased and checked here when given, so its error
 * shows beside the others; an empty one is filled in by `fillSlug`.
 */
export function slugInput(place: SlugPlace) {
  return z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .superRefine((value, ctx) => {
      const message = value ? slugIssue(value, place) : null;
      if (message) ctx.addIssue({ code: "custom", message });
    });
}

/** An empty slug is made from the name (and must then pass the rules too). */
export function fillSlug<T extends { name: string; slug: string }>(
  value: T,
  ctx: z.RefinementCtx,
  place: SlugPlace,
): T {
  if (value.slug) return value;
  const slug = slugify(value.name);
  const message = slugIssue(slug, place);
  if (message) ctx.addIssue({ code: "custom", path: ["slug"], message });
  return { ...value, slug };
}

type Named = { name: string; slug: string };

/**
 * The create, update and delete schemas of something with a name and an
 * address (a section, a tag, a byline, a newsletter): an empty slug is made
 * from the name (`fillSlug`); an update or a delete names its row by id.
 */
export function namedSchemas<Shape extends z.ZodRawShape>(
  fields: z.ZodObject<Shape>,
  place: SlugPlace,
) {
  return {
    create: fields.transform((value, ctx) => fillSlug(value as typeof value & Named, ctx, place)),
    update: fields
      .extend({ id: idField })
      .transform((value, ctx) => fillSlug(value as typeof value & Named, ctx, place)),
    remove: z.object({ id: idField }),
  };
}
