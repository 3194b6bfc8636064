import type { Edition } from "@/lib/i18n/editions";
import { createEspeakProvider, ESPEAK_DEFAULT_VOICE } from "./espeak";
import type { SpeechProvider } from "./speech-provider";

/** eSpeak NG's voice for each edition's language. */
export const ESPEAK_EDITION_VOICES: Record<Edition, string> = {
  en: ESPEAK_DEFAULT_VOICE,
  uk: "uk",
};

/**
 * The provider that reads an article of `edition`. The offline engine speaks
 * one language per voice, so another edition's stories get that language's
 * voice; the configured voice (NARRATION_VOICE) stays the English edition's.
 * A hosted provider's voices read any language and are kept as configured.
 */
export function providerForEdition(provider: SpeechProvider, edition: Edition): SpeechProvider {
  if (provider.name !== "espeak" || edition === "en") return provider;
  return createEspeakProvider(ESPEAK_EDITION_VOICES[edition]);
}
