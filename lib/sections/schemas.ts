import { z } from "zod";
import {
  idField,
  namedSchemas,
  optionalText,
  requiredText,
  slugInput,
} from "@/lib/manage/form-schemas";

export const SECTION_LIMITS = { name: 60, description: 400 } as const;

const sectionFields = z.object({
  name: requiredText("a name", SECTION_LIMITS.name),
  slug: slugInput("root"),
  description: optionalText(SECTION_LIMITS.description),
  inNavigation: z.boolean(),
});

export const {
  create: createSectionSchema,
  update: updateSectionSchema,
  remove: deleteSectionSchema,
} = namedSchemas(sectionFields, "root");

/** The complete new order, top first; a partial list is refused as stale. */
export const reorderSectionsSchema = z.object({
  ids: z
    .array(idField)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "Each section may appear once."),
});

export type CreateSectionInput = z.output<typeof createSectionSchema>;
export type UpdateSectionInput = z.output<typeof updateSectionSchema>;
