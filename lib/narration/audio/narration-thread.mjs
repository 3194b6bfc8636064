/**
 * The narration thread (a worker_threads Worker, started by speech-thread.ts):
 * eSpeak NG synthesis and MP3 encoding, both synchronous and seconds long,
 * run here so the server's event loop keeps answering requests meanwhile.
 *
 * Plain JavaScript loaded by Node from disk, never by Next's bundler: eSpeak
 * finds its 24 MB data file next to its own script (import.meta.url), so
 * both packages are imported from where npm put them.
 *
 * Messages in:  { id, kind: "synthesize", text, voice, rate }
 *               { id, kind: "encode", samples: Int16Array, sampleRate, kbps }
 * Messages out: { id, samples, sampleRate } | { id, mp3: Uint8Array }
 *               | { id, error: { message, retryable } }
 * Results are transferred, not copied.
 */
import { parentPort } from "node:worker_threads";

/** Samples per encoder call: a multiple of the 1,152-sample MPEG frame. */
const BLOCK = 1152 * 40;

let engine = null;

async function espeak() {
  engine ??= import("@echogarden/espeak-ng-emscripten")
    .then(async (module) => new (await module.default()).eSpeakNGWorker())
    .catch((error) => {
      engine = null;
      throw Object.assign(new Error(`eSpeak NG could not start: ${error.message}`), {
        retryable: true,
      });
    });
  return engine;
}

async function synthesize({ text, voice, rate }) {
  const worker = await espeak();
  // The engine is shared: voice and rate are set on every call.
  if (worker.set_voice(voice) !== 0) {
    throw Object.assign(
      new Error(
        `eSpeak NG has no voice "${voice}". Set NARRATION_VOICE to one such as en-us, en-gb or en-gb-x-rp.`,
      ),
      { retryable: false },
    );
  }
  worker.set_rate(rate);
  const parts = [];
  worker.synthesize(text, (samples) => {
    if (samples.length) parts.push(samples.slice());
    return 0;
  });
  const samples = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    samples.set(part, offset);
    offset += part.length;
  }
  return { result: { samples, sampleRate: worker.get_samplerate() }, transfer: [samples.buffer] };
}

async function encode({ samples, sampleRate, kbps }) {
  const { Mp3Encoder } = await import("@breezystack/lamejs");
  const encoder = new Mp3Encoder(1, sampleRate, kbps);
  const parts = [];
  for (let offset = 0; offset < samples.length; offset += BLOCK) {
    const encoded = encoder.encodeBuffer(samples.subarray(offset, offset + BLOCK));
    if (encoded.length) parts.push(encoded);
  }
  const tail = encoder.flush();
  if (tail.length) parts.push(tail);
  // The encoder hands out signed bytes; the file is their raw memory.
  const mp3 = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    mp3.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return { result: { mp3 }, transfer: [mp3.buffer] };
}

const handlers = { synthesize, encode };

parentPort.on("message", async (message) => {
  try {
    const handler = handlers[message.kind];
    if (!handler) throw new Error(`unknown request ${message.kind}`);
    const { result, transfer } = await handler(message);
    parentPort.postMessage({ id: message.id, ...result }, transfer);
  } catch (error) {
    parentPort.postMessage({
      id: message.id,
      error: { message: error.message, retryable: error.retryable !== false },
    });
  }
});
