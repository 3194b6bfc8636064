import type { ChunkOptions } from "../script/chunk-script";

/** Mono 16-bit PCM: what every engine is asked for, so chunks join exactly. */
export interface Pcm {
  samples: Int16Array;
  sampleRate: number;
}

export type ProviderName = "espeak" | "openai";

/** A text-to-speech engine behind one call. */
export interface SpeechProvider {
  readonly name: ProviderName;
  readonly voice: string;
  /** How the script must be cut for this engine. */
  readonly limits: ChunkOptions;
  synthesize(text: string, options?: { signal?: AbortSignal }): Promise<Pcm>;
}

/**
 * A failed synthesis. `retryable` is false when trying again cannot help
 * (a refused key, an unknown voice, a request the engine rejects), so the
 * narration fails at once instead of after every backoff.
 */
export class NarrationError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "NarrationError";
  }
}

/** The configuration cannot work (a hosted provider without its key). */
export class NarrationConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NarrationConfigError";
  }
}

export const PROVIDER_LABELS: Record<ProviderName | "off", string> = {
  espeak: "eSpeak NG (offline)",
  openai: "OpenAI text-to-speech",
  off: "Off",
};
