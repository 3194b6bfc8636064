import { ARTICLE_FIELD_LABELS } from "@/lib/articles/field-labels";

/**
 * Field errors come back keyed by field name, or by a dotted path inside a
 * field ("tagIds.2", "body.content.4.attrs.alt"); the form shows each next
 * to the field it belongs to.
 */
export type FieldErrors = Record<string, string>;

export const FIELD_LABELS: Record<string, string> = ARTICLE_FIELD_LABELS;

const ORDER = Object.keys(FIELD_LABELS);

/** The id of the control an error links to. */
export const fieldId = (field: string) => `article-${field}`;
export const errorId = (field: string) => `article-${field}-error`;

const rootOf = (key: string) => key.replace(/^fields\./, "").split(".")[0] ?? key;

/** The message for one field, from its own key or any path inside it. */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  for (const [key, message] of Object.entries(errors)) {
    if (rootOf(key) === field) return message;
  }
  return undefined;
}

/** One entry per field with an error, in the order of the form. */
export function errorSummary(
  errors: FieldErrors,
): { field: string; label: string; message: string }[] {
  const seen = new Map<string, string>();
  for (const [key, message] of Object.entries(errors)) {
    const field = rootOf(key);
    if (!seen.has(field)) seen.set(field, message);
  }
  return [...seen.entries()]
    .map(([field, message]) => ({ field, label: FIELD_LABELS[field] ?? "", message }))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

function rank(field: string) {
  const index = ORDER.indexOf(field);
  return index === -1 ? ORDER.length : index;
}

/** Errors left once a field has been edited. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  if (!errorFor(errors, field)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => rootOf(key) !== field));
}
