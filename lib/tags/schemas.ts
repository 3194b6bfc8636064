import { z } from "zod";
import { namedSchemas, optionalText, requiredText, slugInput } from "@/lib/manage/form-schemas";

export const TAG_LIMITS = { name: 60, description: 400 } as const;

const tagFields = z.object({
  name: requiredText("a name", TAG_LIMITS.name),
  // Tag pages live under /tag/, so the site's own root words are allowed.
  slug: slugInput("prefixed"),
  description: optionalText(TAG_LIMITS.description),
});

export const {
  create: createTagSchema,
  update: updateTagSchema,
  remove: deleteTagSchema,
} = namedSchemas(tagFields, "prefixed");

export type CreateTagInput = z.output<typeof createTagSchema>;
export type UpdateTagInput = z.output<typeof updateTagSchema>;
