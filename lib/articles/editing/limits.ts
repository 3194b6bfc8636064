/**
 * The limits of an article's fields: the schema (schemas.ts) checks them and
 * the editor shows them in counters and maxLength. Apart from the schema, so
 * the editor's bundle takes no zod with them.
 */
export const FIELD_LIMITS = {
  title: 200,
  standfirst: 400,
  seoTitle: 70,
  seoDescription: 200,
  caption: 1000,
  credit: 300,
  alt: 500,
  tags: 20,
  bylines: 10,
} as const;
