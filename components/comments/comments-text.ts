import type { Edition, Messages } from "@/lib/i18n/dto";
import { enComments } from "@/lib/i18n/messages/en-comments";
import { ukComments } from "@/lib/i18n/messages/uk-comments";

export type CommentsText = Messages["comments"];

/**
 * The comments island's words in each edition's language: the `comments`
 * part of each catalogue alone, so the island carries nothing else.
 */
export const COMMENTS_TEXT: Record<Edition, CommentsText> = { en: enComments, uk: ukComments };
