import { MPEGDecoder } from "mpg123-decoder";
import type { ArticleDocument, BlockNode } from "@/lib/documents/schema";
import { serveMedia } from "@/lib/media/serve";
import type { NarrationConfig } from "@/lib/narration/providers/select-provider";
import { NarrationError, type SpeechProvider } from "@/lib/narration/providers/speech-provider";
import { testDb } from "./database";

/** The settings the narration tests run with: the offline voice, three tries. */
export const TEST_CONFIG: NarrationConfig = {
  provider: "espeak",
  voice: "en-us",
  maxAttempts: 3,
  delayMs: 0,
  openai: { apiKey: null, baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini-tts" },
};

const p = (text: string): BlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });

/** A short report of about 120 words, with a heading and a pull quote. */
export const reportBody: ArticleDocument = {
  type: "doc",
  content: [
    p(
      "Russian drones struck the port of Izmail overnight on 3 March, damaging two grain terminals and a warehouse, regional officials said on Tuesday.",
    ),
    p(
      "Air defence units shot down 23 of the 31 drones launched, according to the Air Force. Firefighters worked for six hours to put out the blaze.",
    ),
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Exports continue" }] },
    p(
      "The port handled 1.2 million tonnes of grain in February. Dr. Iryna Hnatiuk, the harbour master, said ships would keep sailing and that repairs would take about a week.",
    ),
    {
      type: "pullQuote",
      attrs: { attribution: "" },
      content: [{ type: "text", text: "ships would keep sailing" }],
    },
  ],
};

/** The MP3 as the site serves it. */
export async function fetchAudio(url: string, headers: Record<string, string> = {}) {
  const key = url.replace(/^\/media\//, "");
  return serveMedia(key, new Request(`http://localhost${url}`, { headers }));
}

/** Seconds of audio and its loudness (root mean square, 0..1). */
export async function decodeMp3(bytes: ArrayBuffer): Promise<{ seconds: number; rms: number }> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const decoded = decoder.decode(new Uint8Array(bytes));
  decoder.free();
  const channel = decoded.channelData[0] ?? new Float32Array(0);
  let sum = 0;
  for (const sample of channel) sum += sample * sample;
  return {
    seconds: decoded.samplesDecoded / decoded.sampleRate,
    rms: Math.sqrt(sum / Math.max(1, channel.length)),
  };
}

export function narrationsOf(articleId: string) {
  return testDb().narration.findMany({
    where: { articleId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      articleVersion: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      provider: true,
      mediaId: true,
      leaseToken: true,
      chunksDone: true,
      chunksTotal: true,
    },
  });
}

/** A provider that fails the way a hosted engine might. */
export function failingProvider(message: string, retryable: boolean): SpeechProvider {
  return {
    name: "openai",
    voice: "alloy",
    limits: { maxChars: 4000, packParagraphs: true },
    synthesize: async () => {
      throw new NarrationError(message, retryable);
    },
  };
}

export const later = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
