import { MPEGDecoder } from "mpg123-decoder";
import { describe, expect, it } from "vitest";
import { durationMsOf, encodeMp3 } from "./mp3";
import { joinWithPauses, trimSilence } from "./pcm";

const RATE = 22_050;

function tone(seconds: number, silenceMs = 0): Int16Array {
  const pad = Math.round((silenceMs / 1000) * RATE);
  const samples = new Int16Array(Math.round(seconds * RATE) + 2 * pad);
  for (let i = 0; i < samples.length - 2 * pad; i++) {
    samples[pad + i] = Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / RATE));
  }
  return samples;
}

describe("joining PCM", () => {
  it("cuts each chunk's own silence and puts the chosen pause between chunks", () => {
    const first = tone(0.5, 300);
    expect(trimSilence(first, RATE).length).toBeLessThan(first.length);
    const joined = joinWithPauses(
      [
        { samples: tone(0.5, 300), pauseAfterMs: 400 },
        { samples: tone(0.5, 300), pauseAfterMs: 900 },
      ],
      RATE,
    );
    // Two half-second tones, a 0.4 s pause, a little kept either side; no trailing pause.
    const seconds = joined.length / RATE;
    expect(seconds).toBeGreaterThan(1.35);
    expect(seconds).toBeLessThan(1.55);
    expect(joined[0]).toBe(0);
  });
});

describe("MP3 encoding", () => {
  it("encodes mono speech-rate MP3 that decodes to the same length", async () => {
    const samples = tone(3);
    const mp3 = await encodeMp3(samples, RATE);
    // The first frame header: MPEG-2 layer III, 48 kbit/s, single channel.
    expect([...mp3.subarray(0, 2)]).toEqual([0xff, 0xf3]);
    expect((mp3[2]! >> 4) & 0xf).toBe(6);
    expect((mp3[3]! >> 6) & 0x3).toBe(3);
    // 48 kbit/s: about 6 KB a second.
    expect(mp3.byteLength).toBeGreaterThan(15_000);
    expect(mp3.byteLength).toBeLessThan(22_000);
    const decoder = new MPEGDecoder();
    await decoder.ready;
    const decoded = decoder.decode(new Uint8Array(mp3));
    decoder.free();
    expect(decoded.sampleRate).toBe(RATE);
    expect(decoded.samplesDecoded / RATE).toBeCloseTo(3, 0);
    expect(durationMsOf(samples.length, RATE)).toBe(3000);
  });
});
