import { z } from "zod";
import { idField, optionalText } from "@/lib/manage/form-schemas";

export const MEDIA_TEXT_LIMITS = { alt: 500, caption: 1000, credit: 300 } as const;

/** Alt text, caption and credit as stored with an image (and sent with an upload). */
export const mediaTextSchema = z.object({
  alt: optionalText(MEDIA_TEXT_LIMITS.alt),
  caption: optionalText(MEDIA_TEXT_LIMITS.caption),
  credit: optionalText(MEDIA_TEXT_LIMITS.credit),
});

export const updateMediaTextSchema = mediaTextSchema.extend({ id: idField });
export const deleteMediaSchema = z.object({ id: idField });

export type MediaTextInput = z.output<typeof mediaTextSchema>;
export type UpdateMediaTextInput = z.output<typeof updateMediaTextSchema>;
