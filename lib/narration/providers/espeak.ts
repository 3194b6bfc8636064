import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { NarrationError, type Pcm, type SpeechProvider } from "./speech-provider";

/**
 * eSpeak NG compiled to WebAssembly (@echogarden/espeak-ng-emscripten):
 * offline, no key, no download at run time, 22,050 Hz mono PCM out. Robotic
 * beside a neural voice, but it works on any machine with Node.
 */

const PACKAGE = "@echogarden/espeak-ng-emscripten";
export const ESPEAK_DEFAULT_VOICE = "en-us";
/** Words per minute: a little under eSpeak's 175, for news read aloud. */
const RATE_WPM = 165;

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  get_samplerate(): number;
  synthesize(text: string, callback: (samples: Int16Array, events: unknown[]) => unknown): void;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

// One engine per process (Next may load this module in several bundles).
const holder = globalThis as unknown as { newsroomEspeak?: Promise<EspeakWorker> };

/**
 * Loads the module from node_modules at run time rather than through the
 * bundler: it finds its 24 MB data file next to itself (import.meta.url),
 * which only works when it is imported from where npm put it.
 */
async function loadWorker(): Promise<EspeakWorker> {
  const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
  const entry = pathToFileURL(resolve(PACKAGE)).href;
  const imported = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ entry)) as {
    default: () => Promise<EspeakModule>;
  };
  const espeak = await imported.default();
  return new espeak.eSpeakNGWorker();
}

function worker(): Promise<EspeakWorker> {
  holder.newsroomEspeak ??= loadWorker().catch((error: unknown) => {
    delete holder.newsroomEspeak;
    throw new NarrationError(`eSpeak NG could not start: ${(error as Error).message}`, true);
  });
  return holder.newsroomEspeak;
}

export function createEspeakProvider(voice: string = ESPEAK_DEFAULT_VOICE): SpeechProvider {
  return {
    name: "espeak",
    voice,
    // eSpeak has no input limit; a paragraph per call keeps pauses exact and
    // each synchronous call short, so the server keeps answering requests.
    limits: { maxChars: 1200, packParagraphs: false },
    async synthesize(text: string): Promise<Pcm> {
      const engine = await worker();
      // The engine is synchronous and shared: voice and rate are set per call.
      if (engine.set_voice(voice) !== 0) {
        throw new NarrationError(
          `eSpeak NG has no voice "${voice}". Set NARRATION_VOICE to one such as en-us, en-gb or en-gb-x-rp.`,
          false,
        );
      }
      engine.set_rate(RATE_WPM);
      const parts: Int16Array[] = [];
      engine.synthesize(text, (samples) => {
        if (samples.length) parts.push(samples);
        return 0;
      });
      const total = parts.reduce((sum, part) => sum + part.length, 0);
      const samples = new Int16Array(total);
      let offset = 0;
      for (const part of parts) {
        samples.set(part, offset);
        offset += part.length;
      }
      return { samples, sampleRate: engine.get_samplerate() };
    },
  };
}
