import { articleDescription } from "../description";
import { ARTICLE_FIELD_LABELS } from "../field-labels";
import type { ArticleFields } from "./schemas";

/**
 * The pre-publish checklist: what an article needs before it goes public,
 * now or at a scheduled time. Pure, so the editor shows exactly the verdict
 * the server enforces (lib/articles/editing/readiness.ts), on the same fields.
 */

/** A standfirst shorter than this says too little on a card; longer crowds it. */
export const STANDFIRST_MIN = 40;
export const STANDFIRST_MAX = 300;
/** An admin's reason for publishing past the checklist is at least this long. */
export const OVERRIDE_REASON_MIN = 10;

export type ChecklistKey =
  "headline" | "bylines" | "section" | "standfirst" | "hero" | "bodyImages" | "seoDescription";

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  ok: boolean;
  /** What to do about it; null when the item is fine. */
  message: string | null;
  /** The field a "fix" link focuses. */
  field: keyof ArticleFields;
  /** Field (form name) → message, shown next to each field concerned. */
  fieldErrors: Record<string, string>;
  /** Admins may publish without it, giving a reason; a headline is never optional. */
  overridable: boolean;
}

/** What the library says about an image, used where a placement leaves a text empty. */
export interface MediaTexts {
  alt: string;
  credit: string;
}

export type ChecklistFields = Pick<
  ArticleFields,
  | "title"
  | "type"
  | "authorIds"
  | "sectionId"
  | "standfirst"
  | "heroImageId"
  | "heroAlt"
  | "heroCredit"
  | "seoDescription"
  | "body"
>;

type Lookup = (mediaId: string) => MediaTexts | undefined;

const item = (
  key: ChecklistKey,
  label: string,
  field: keyof ArticleFields,
  fieldErrors: Record<string, string>,
  message: string | null = Object.values(fieldErrors)[0] ?? null,
  overridable = true,
): ChecklistItem => ({
  key,
  label,
  ok: Object.keys(fieldErrors).length === 0,
  message: Object.keys(fieldErrors).length ? message : null,
  field,
  fieldErrors,
  overridable,
});

/** Every item that applies to this article, in the order of the form. */
export function articleChecklist(fields: ChecklistFields, media: Lookup): ChecklistItem[] {
  // Static pages (About, Contacts) have no byline, section or hero.
  const story = fields.type !== "PAGE";
  const items: ChecklistItem[] = [
    item(
      "headline",
      ARTICLE_FIELD_LABELS.title,
      "title",
      fields.title.trim() ? {} : { title: "Add a headline." },
      undefined,
      false,
    ),
    item(
      "standfirst",
      `Standfirst of ${STANDFIRST_MIN}–${STANDFIRST_MAX} characters`,
      "standfirst",
      standfirstErrors(fields.standfirst),
    ),
    bodyImagesItem(fields, media),
  ];
  if (story) {
    items.push(
      item(
        "section",
        ARTICLE_FIELD_LABELS.sectionId,
        "sectionId",
        fields.sectionId ? {} : { sectionId: "Choose a section." },
      ),
      item(
        "bylines",
        "At least one byline",
        "authorIds",
        fields.authorIds.length ? {} : { authorIds: "Add at least one byline." },
      ),
      heroItem(fields, media),
    );
  }
  items.push(seoItem(fields));
  return items;
}

function standfirstErrors(standfirst: string): Record<string, string> {
  const length = standfirst.trim().length;
  if (length === 0) {
    return {
      standfirst: `Write a standfirst of ${STANDFIRST_MIN} to ${STANDFIRST_MAX} characters.`,
    };
  }
  if (length < STANDFIRST_MIN) {
    return {
      standfirst: `Make the standfirst at least ${STANDFIRST_MIN} characters long (it has ${length}).`,
    };
  }
  if (length > STANDFIRST_MAX) {
    return { standfirst: `Cut the standfirst to ${STANDFIRST_MAX} characters (it has ${length}).` };
  }
  return {};
}

function heroItem(fields: ChecklistFields, media: Lookup): ChecklistItem {
  const label = "Hero image with alt text and credit";
  if (!fields.heroImageId) {
    return item("hero", label, "heroImageId", { heroImageId: "Choose a hero image." });
  }
  // As on the public page: the placement's own text, else the library's.
  const library = media(fields.heroImageId);
  const alt = fields.heroAlt.trim() || library?.alt.trim();
  const credit = fields.heroCredit.trim() || library?.credit.trim();
  const errors: Record<string, string> = {};
  if (!alt) errors.heroAlt = "Describe the hero image for readers who cannot see it.";
  if (!credit) errors.heroCredit = "Credit the hero image (photographer and agency).";
  const message =
    !alt && !credit
      ? "Add alt text and a credit to the hero image."
      : !alt
        ? "Add alt text to the hero image."
        : "Add a credit to the hero image.";
  return item("hero", label, alt ? "heroCredit" : "heroAlt", errors, message);
}

function bodyImagesItem(fields: ChecklistFields, media: Lookup): ChecklistItem {
  let missing = 0;
  for (const block of fields.body.content) {
    if (block.type !== "image") continue;
    const library = media(block.attrs.mediaId);
    // The public page draws nothing for an image that left the library.
    if (!library) continue;
    if (!(block.attrs.alt.trim() || library.alt.trim())) missing++;
  }
  const message =
    missing === 1
      ? "Add alt text to the image in the body that has none."
      : `Add alt text to the ${missing} images in the body that have none.`;
  return item(
    "bodyImages",
    "Alt text on every body image",
    "body",
    missing ? { body: message } : {},
  );
}

/** The description falls back to the standfirst, as the page's metadata does. */
function seoItem(fields: ChecklistFields): ChecklistItem {
  return item(
    "seoDescription",
    "Search description (SEO field or standfirst)",
    "seoDescription",
    articleDescription(fields)
      ? {}
      : {
          seoDescription:
            "Write a standfirst, which search engines and social cards show, or an SEO description.",
        },
  );
}

/** The items that still need attention. */
export function failingItems(items: ChecklistItem[]): ChecklistItem[] {
  return items.filter((entry) => !entry.ok);
}

/** Every failing item's messages, keyed by form field. */
export function checklistFieldErrors(items: ChecklistItem[]): Record<string, string> {
  return Object.assign({}, ...failingItems(items).map((entry) => entry.fieldErrors));
}

/** Ids of the images placed in a body, to look their library texts up. */
export function bodyImageIds(body: ArticleFields["body"]): string[] {
  return body.content.flatMap((block) => (block.type === "image" ? [block.attrs.mediaId] : []));
}
