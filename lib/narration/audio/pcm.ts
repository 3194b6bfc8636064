/**
 * Joining synthesized chunks so the seams cannot be heard: each chunk's own
 * leading and trailing silence is cut, a few milliseconds are faded so no
 * click remains, and a pause of a chosen length is put between chunks.
 */

/** Below this absolute level (of 32,767) a sample counts as silence. */
const SILENCE_LEVEL = 250;
/** Silence kept either side of speech, so no consonant is clipped. */
const KEEP_MS = 25;
const FADE_MS = 4;

export function trimSilence(samples: Int16Array, sampleRate: number): Int16Array {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]!) < SILENCE_LEVEL) start++;
  if (start === samples.length) return new Int16Array(0);
  let end = samples.length - 1;
  while (end > start && Math.abs(samples[end]!) < SILENCE_LEVEL) end--;
  const keep = Math.round((KEEP_MS / 1000) * sampleRate);
  return samples.subarray(Math.max(0, start - keep), Math.min(samples.length, end + 1 + keep));
}

function fadeEdges(samples: Int16Array, sampleRate: number): void {
  const length = Math.min(Math.round((FADE_MS / 1000) * sampleRate), samples.length >> 1);
  for (let i = 0; i < length; i++) {
    const gain = i / length;
    samples[i] = Math.round(samples[i]! * gain);
    const j = samples.length - 1 - i;
    samples[j] = Math.round(samples[j]! * gain);
  }
}

/** Speech parts in order, each followed by its pause, as one signal. */
export function joinWithPauses(
  parts: { samples: Int16Array; pauseAfterMs: number }[],
  sampleRate: number,
): Int16Array {
  const trimmed = parts.map((part) => ({
    samples: trimSilence(part.samples, sampleRate),
    pause: Math.round((part.pauseAfterMs / 1000) * sampleRate),
  }));
  const total = trimmed.reduce((sum, part, i) => {
    const last = i === trimmed.length - 1;
    return sum + part.samples.length + (last ? 0 : part.pause);
  }, 0);
  const out = new Int16Array(total);
  let offset = 0;
  trimmed.forEach((part, i) => {
    out.set(part.samples, offset);
    fadeEdges(out.subarray(offset, offset + part.samples.length), sampleRate);
    offset += part.samples.length;
    if (i < trimmed.length - 1) offset += part.pause; // already zero
  });
  return out;
}
