import { z } from "zod";
import { CORRECTION_KINDS, NOTE_TEXT_LIMITS } from "./limits";

const id = z.string().trim().min(1).max(64);

// Markup pasted from a word processor or a CMS would be shown to readers as
// literal tags: the note is plain text, so it is refused with a reason.
const MARKUP = /<\/?[a-z][^>]*>/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A note's text: plain text, one paragraph (it is printed inline after the
 * kind and time), 10 to 2,000 characters once whitespace is tidied.
 */
export const noteTextSchema = z
  .string()
  .max(NOTE_TEXT_LIMITS.max * 2, `Use at most ${NOTE_TEXT_LIMITS.max} characters.`)
  .refine((text) => !CONTROL.test(text), "Use plain text: remove the invisible control characters.")
  .transform((text) => text.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(NOTE_TEXT_LIMITS.min, `Write at least ${NOTE_TEXT_LIMITS.min} characters.`)
      .max(NOTE_TEXT_LIMITS.max, `Use at most ${NOTE_TEXT_LIMITS.max} characters.`)
      .refine((text) => !MARKUP.test(text), "Use plain text: HTML tags are not allowed."),
  );

export const addCorrectionSchema = z.object({
  articleId: id,
  kind: z.enum(CORRECTION_KINDS, "Choose correction, clarification or update."),
  text: noteTextSchema,
  /**
   * "YYYY-MM-DDTHH:mm" on the newsroom's clock for a note made earlier (a
   * correction already printed elsewhere); empty for now. Checked against
   * the clock and the article's publication in the command.
   */
  publishedAt: z
    .string()
    .trim()
    .refine(
      (value) => value === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value),
      "Enter a date and time.",
    )
    .default(""),
});

export const editCorrectionSchema = z.object({ id, text: noteTextSchema });

export const removeCorrectionSchema = z.object({ id });

export type AddCorrectionInput = z.output<typeof addCorrectionSchema>;
