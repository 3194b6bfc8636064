import type { Edition } from "./editions";

/** Each edition as the staff screens (written in English) name it. */
export const EDITION_LABELS: Record<Edition, string> = {
  en: "English",
  uk: "Ukrainian",
};
