import { encodeMp3InThread } from "./speech-thread";

/**
 * MP3 for the web at a speech bitrate: mono, constant 48 kbit/s (about
 * 360 KB a minute), which every browser and podcast app plays and which
 * players can seek by byte position.
 */
export const NARRATION_KBPS = 48;
export const NARRATION_MIME = "audio/mpeg";

/**
 * Encodes the whole narration once (joined PCM in, one MP3 out) in the
 * narration thread: the pure JavaScript encoder takes about 15 ms per second
 * of speech, minutes of which must not stop the server answering.
 */
export function encodeMp3(samples: Int16Array, sampleRate: number): Promise<Buffer> {
  return encodeMp3InThread(samples, sampleRate, NARRATION_KBPS);
}

export function durationMsOf(samples: number, sampleRate: number): number {
  return Math.round((samples / sampleRate) * 1000);
}
