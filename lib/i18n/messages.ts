import type { Edition } from "./editions";
import { en, type Messages } from "./messages/en";
import { uk } from "./messages/uk";

export type { Messages };

/**
 * One catalogue per language, plain typed objects: reader pages are server
 * components rendered once and cached, so the text is chosen by the page's
 * edition at render time and nothing about it reaches the browser's bundle
 * or makes a page depend on the request (as a locale cookie or header would).
 */
const CATALOGUES: Record<Edition, Messages> = { en, uk };

export function messagesFor(edition: Edition): Messages {
  return CATALOGUES[edition];
}
