import { z } from "zod";
import {
  fillSlug,
  idField,
  optionalText,
  requiredText,
  slugInput,
} from "@/lib/manage/form-schemas";

export const TAG_LIMITS = { name: 60, description: 400 } as const;

const tagFields = z.object({
  name: requiredText("a name", TAG_LIMITS.name),
  // Tag pages live under /tag/, so the site's own root words are allowed.
  slug: slugInput("prefixed"),
  description: optionalText(TAG_LIMITS.description),
});

export const createTagSchema = tagFields.transform((value, ctx) =>
  fillSlug(value, ctx, "prefixed"),
);

export const updateTagSchema = tagFields
  .extend({ id: idField })
  .transform((value, ctx) => fillSlug(value, ctx, "prefixed"));

export const deleteTagSchema = z.object({ id: idField });

export type CreateTagInput = z.output<typeof createTagSchema>;
export type UpdateTagInput = z.output<typeof updateTagSchema>;
