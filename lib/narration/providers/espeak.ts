import { synthesizeInThread } from "../audio/speech-thread";
import type { Pcm, SpeechProvider } from "./speech-provider";

/**
 * eSpeak NG compiled to WebAssembly (@echogarden/espeak-ng-emscripten):
 * offline, no key, no download at run time, 22,050 Hz mono PCM out. Robotic
 * beside a neural voice, but it works on any machine with Node. It runs in
 * the narration thread (audio/narration-thread.mjs): synthesis is
 * synchronous, and seconds of it must not stop the server answering.
 */

export const ESPEAK_DEFAULT_VOICE = "en-us";
/** Words per minute: a little under eSpeak's 175, for news read aloud. */
const RATE_WPM = 165;

export function createEspeakProvider(voice: string = ESPEAK_DEFAULT_VOICE): SpeechProvider {
  return {
    name: "espeak",
    voice,
    // eSpeak has no input limit; a paragraph per call keeps pauses exact and
    // progress (and lease renewals) frequent.
    limits: { maxChars: 1200, packParagraphs: false },
    synthesize: (text: string): Promise<Pcm> => synthesizeInThread(text, voice, RATE_WPM),
  };
}
