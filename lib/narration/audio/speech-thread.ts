import path from "node:path";
import type { Worker as ThreadWorker } from "node:worker_threads";
import { NarrationError, type Pcm } from "../providers/speech-provider";

/**
 * The narration thread's client: one worker_threads Worker per process
 * (narration-thread.mjs), started on first use and ended after a minute
 * without work, so an app server does not keep eSpeak's memory for nothing.
 * Requests queue in the thread; a thread that dies fails what it held (the
 * narration is retried) and the next request starts a new one.
 */

// From the working directory, like the migrations folder: npm scripts and the
// app server run from the project root, and bundled code has no stable path.
const THREAD_FILE = path.join(process.cwd(), "lib", "narration", "audio", "narration-thread.mjs");

// Taken from Node at run time rather than imported: Next's bundler follows
// `new Worker(path)` of an imported worker_threads, and would bundle the
// thread (and eSpeak, which must stay beside its data file) into the app.
const { Worker } = process.getBuiltinModule("node:worker_threads");
const IDLE_MS = 60_000;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

interface ThreadState {
  worker: ThreadWorker;
  pending: Map<number, Pending>;
  idle: ReturnType<typeof setTimeout> | null;
}

// On globalThis: Next may load this module in several bundles of one process.
const holder = globalThis as unknown as {
  newsroomNarrationThread?: ThreadState | null;
  newsroomNarrationThreadIds?: number;
};

function failAll(state: ThreadState, error: Error) {
  if (holder.newsroomNarrationThread === state) holder.newsroomNarrationThread = null;
  if (state.idle) clearTimeout(state.idle);
  for (const { reject } of state.pending.values()) reject(error);
  state.pending.clear();
}

function thread(): ThreadState {
  const running = holder.newsroomNarrationThread;
  if (running) return running;
  const worker = new Worker(THREAD_FILE);
  const state: ThreadState = { worker, pending: new Map(), idle: null };
  worker.on(
    "message",
    (message: { id: number; error?: { message: string; retryable: boolean } }) => {
      const waiting = state.pending.get(message.id);
      if (!waiting) return;
      state.pending.delete(message.id);
      if (message.error)
        waiting.reject(new NarrationError(message.error.message, message.error.retryable));
      else waiting.resolve(message as unknown as Record<string, unknown>);
      settle(state);
    },
  );
  worker.on("error", (error) =>
    failAll(state, new NarrationError(`The narration thread failed: ${error.message}`, true)),
  );
  worker.on("exit", (code) =>
    failAll(state, new NarrationError(`The narration thread stopped (exit code ${code}).`, true)),
  );
  holder.newsroomNarrationThread = state;
  return state;
}

/** Busy: the thread keeps a script alive until its answer comes. Idle: it goes after a minute. */
function settle(state: ThreadState) {
  if (state.idle) clearTimeout(state.idle);
  state.idle = null;
  if (state.pending.size) {
    state.worker.ref();
    return;
  }
  state.worker.unref();
  state.idle = setTimeout(() => {
    if (state.pending.size) return;
    // Forgotten first, so a request arriving meanwhile starts a new thread.
    if (holder.newsroomNarrationThread === state) holder.newsroomNarrationThread = null;
    void state.worker.terminate();
  }, IDLE_MS);
  state.idle.unref();
}

function request(message: Record<string, unknown>, transfer: ArrayBuffer[] = []) {
  const state = thread();
  const id = (holder.newsroomNarrationThreadIds = (holder.newsroomNarrationThreadIds ?? 0) + 1);
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    settle(state);
    state.worker.postMessage({ ...message, id }, transfer);
  });
}

/** eSpeak NG in the thread: 16-bit mono PCM of `text`. */
export async function synthesizeInThread(text: string, voice: string, rate: number): Promise<Pcm> {
  const reply = await request({ kind: "synthesize", text, voice, rate });
  return { samples: reply.samples as Int16Array, sampleRate: reply.sampleRate as number };
}

/** One MP3 of the samples, encoded in the thread (the samples are copied there). */
export async function encodeMp3InThread(
  samples: Int16Array,
  sampleRate: number,
  kbps: number,
): Promise<Buffer> {
  const reply = await request({ kind: "encode", samples, sampleRate, kbps });
  const mp3 = reply.mp3 as Uint8Array;
  return Buffer.from(mp3.buffer, mp3.byteOffset, mp3.byteLength);
}
