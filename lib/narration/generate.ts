import { durationMsOf, encodeMp3 } from "./audio/mp3";
import { joinWithPauses } from "./audio/pcm";
import { NarrationError, type SpeechProvider } from "./providers/speech-provider";
import type { ScriptParagraph } from "./script/build-script";
import { chunkScript } from "./script/chunk-script";

export interface GeneratedAudio {
  mp3: Buffer;
  durationMs: number;
  chunks: number;
}

/**
 * Reads the script with the provider, chunk by chunk within its input limit,
 * joins the PCM with natural pauses and encodes one MP3. `onProgress` runs
 * after each chunk (it renews the lease and may throw to stop the work).
 */
export async function generateNarrationAudio(
  script: ScriptParagraph[],
  provider: SpeechProvider,
  onProgress: (done: number, total: number) => Promise<void> = async () => {},
): Promise<GeneratedAudio> {
  const chunks = chunkScript(script, provider.limits);
  if (!chunks.length) throw new NarrationError("There is no text to read.", false);
  await onProgress(0, chunks.length);
  const parts: { samples: Int16Array; pauseAfterMs: number }[] = [];
  let sampleRate = 0;
  for (const [index, chunk] of chunks.entries()) {
    const pcm = await provider.synthesize(chunk.text);
    if (sampleRate && pcm.sampleRate !== sampleRate) {
      throw new NarrationError(
        `The speech engine changed sample rate mid-way (${sampleRate} → ${pcm.sampleRate} Hz).`,
        true,
      );
    }
    sampleRate = pcm.sampleRate;
    parts.push({ samples: pcm.samples, pauseAfterMs: chunk.pauseAfterMs });
    await onProgress(index + 1, chunks.length);
  }
  const joined = joinWithPauses(parts, sampleRate);
  if (!joined.length) throw new NarrationError("The speech engine returned only silence.", true);
  return {
    mp3: await encodeMp3(joined, sampleRate),
    durationMs: durationMsOf(joined.length, sampleRate),
    chunks: chunks.length,
  };
}
