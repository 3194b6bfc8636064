import type { ArticleFields } from "@/lib/articles/editing/dto";
import type { ArticleDocument } from "@/lib/documents/dto";
import { blockText } from "@/lib/documents/text";
import { ARTICLE_FIELD_LABELS, ARTICLE_TYPE_LABELS } from "@/lib/articles/field-labels";

/**
 * Structural equality of two JSON values: key order and keys holding
 * `undefined` do not matter, array order does.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameValue(left[key], right[key])) return false;
  }
  return true;
}

export const sameFields = (a: ArticleFields, b: ArticleFields) => sameValue(a, b);

/** Fields shown together on the conflict screen and copied across together. */
export interface FieldGroup {
  key: string;
  label: string;
  fields: (keyof ArticleFields)[];
}

export const FIELD_GROUPS: FieldGroup[] = [
  { key: "title", label: ARTICLE_FIELD_LABELS.title, fields: ["title"] },
  { key: "standfirst", label: ARTICLE_FIELD_LABELS.standfirst, fields: ["standfirst"] },
  { key: "slug", label: ARTICLE_FIELD_LABELS.slug, fields: ["slug"] },
  { key: "type", label: ARTICLE_FIELD_LABELS.type, fields: ["type"] },
  { key: "section", label: ARTICLE_FIELD_LABELS.sectionId, fields: ["sectionId"] },
  { key: "tags", label: ARTICLE_FIELD_LABELS.tagIds, fields: ["tagIds"] },
  { key: "bylines", label: ARTICLE_FIELD_LABELS.authorIds, fields: ["authorIds"] },
  { key: "body", label: ARTICLE_FIELD_LABELS.body, fields: ["body"] },
  {
    key: "hero",
    label: ARTICLE_FIELD_LABELS.heroImageId,
    fields: ["heroImageId", "heroAlt", "heroCaption", "heroCredit"],
  },
  { key: "seo", label: "SEO", fields: ["seoTitle", "seoDescription", "seoImageId"] },
  { key: "flags", label: "Flags", fields: ["featured", "editorsPick"] },
];

/** The groups in which two versions differ, in screen order. */
export function differingGroups(mine: ArticleFields, theirs: ArticleFields): FieldGroup[] {
  return FIELD_GROUPS.filter((group) =>
    group.fields.some((field) => !sameValue(mine[field], theirs[field])),
  );
}

/** `mine` with one group's fields taken from `theirs`. */
export function copyGroup(
  mine: ArticleFields,
  theirs: ArticleFields,
  group: FieldGroup,
): ArticleFields {
  const next = { ...mine } as Record<keyof ArticleFields, unknown>;
  for (const field of group.fields) next[field] = structuredClone(theirs[field]);
  return next as ArticleFields;
}

/** Names for the ids fields hold; unknown ids are shown as such. */
export interface FieldNames {
  section: (id: string) => string | undefined;
  tag: (id: string) => string | undefined;
  author: (id: string) => string | undefined;
  image: (id: string) => string | undefined;
  article: (id: string) => string | undefined;
}

const orNone = (value: string, none: string) => (value.trim() ? value : none);

/** One group of a version as plain text, for side-by-side comparison. */
export function describeGroup(fields: ArticleFields, group: FieldGroup, names: FieldNames): string {
  const image = (id: string | null) => (id ? (names.image(id) ?? "An image") : "None");
  switch (group.key) {
    case "title":
      return orNone(fields.title, "(no headline)");
    case "standfirst":
      return orNone(fields.standfirst, "(no standfirst)");
    case "slug":
      return `/${fields.slug}`;
    case "type":
      return ARTICLE_TYPE_LABELS[fields.type];
    case "section":
      return fields.sectionId
        ? (names.section(fields.sectionId) ?? "Unknown section")
        : "No section";
    case "tags":
      return fields.tagIds.map((id) => names.tag(id) ?? "Unknown tag").join(", ") || "No tags";
    case "bylines":
      return (
        fields.authorIds.map((id) => names.author(id) ?? "Unknown author").join(", ") ||
        "No bylines"
      );
    case "body":
      return orNone(bodyComparisonText(fields.body, names), "(empty)");
    case "hero":
      return [
        `Image: ${image(fields.heroImageId)}`,
        `Alt text: ${orNone(fields.heroAlt, "—")}`,
        `Caption: ${orNone(fields.heroCaption, "—")}`,
        `Credit: ${orNone(fields.heroCredit, "—")}`,
      ].join("\n");
    case "seo":
      return [
        `Title: ${orNone(fields.seoTitle, "—")}`,
        `Description: ${orNone(fields.seoDescription, "—")}`,
        `Image: ${image(fields.seoImageId)}`,
      ].join("\n");
    case "flags":
      return (
        [fields.featured && "Featured", fields.editorsPick && "Editors' pick"]
          .filter(Boolean)
          .join(", ") || "Neither featured nor an Editors' pick"
      );
    default:
      return "";
  }
}

/**
 * The body as plain text with a marker line for every block that has no
 * text of its own, so that a moved image or card shows up as a difference.
 */
export function bodyComparisonText(document: ArticleDocument, names: FieldNames): string {
  return document.content
    .map((block) => {
      switch (block.type) {
        case "image":
          return `[Image: ${block.attrs.alt || names.image(block.attrs.mediaId) || "no alt text"}]`;
        case "embed":
          return `[Embed: ${block.attrs.url}]`;
        case "relatedArticle":
          return `[Related article: ${names.article(block.attrs.articleId) ?? "unknown"}]`;
        case "horizontalRule":
          return "* * *";
        default:
          return blockText(block);
      }
    })
    .filter(Boolean)
    .join("\n\n");
}
