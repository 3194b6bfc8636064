import { Mp3Encoder } from "@breezystack/lamejs";

/**
 * MP3 for the web at a speech bitrate: mono, constant 48 kbit/s (about
 * 360 KB a minute), which every browser and podcast app plays and which
 * players can seek by byte position.
 */
export const NARRATION_KBPS = 48;
export const NARRATION_MIME = "audio/mpeg";

/** Samples per MPEG frame (layer III, MPEG-2/2.5 and MPEG-1 alike use multiples of 576). */
const BLOCK = 1152 * 40;

/** The encoder hands out signed bytes; the file is their raw memory. */
const bytesOf = (chunk: Uint8Array | Int8Array) =>
  Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Encodes the whole narration once (joined PCM in, one MP3 out). The pure
 * JavaScript encoder takes about 15 ms per second of speech, so it hands the
 * event loop back every block to keep the server answering meanwhile.
 */
export async function encodeMp3(samples: Int16Array, sampleRate: number): Promise<Buffer> {
  const encoder = new Mp3Encoder(1, sampleRate, NARRATION_KBPS);
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < samples.length; offset += BLOCK) {
    const encoded = encoder.encodeBuffer(samples.subarray(offset, offset + BLOCK));
    if (encoded.length) parts.push(bytesOf(encoded));
    await yieldToEventLoop();
  }
  const tail = encoder.flush();
  if (tail.length) parts.push(bytesOf(tail));
  return Buffer.concat(parts);
}

export function durationMsOf(samples: number, sampleRate: number): number {
  return Math.round((samples / sampleRate) * 1000);
}
