import { env, type Env } from "@/lib/env";
import { createEspeakProvider, ESPEAK_DEFAULT_VOICE } from "./espeak";
import { createOpenAiProvider, OPENAI_DEFAULT_VOICE } from "./openai";
import { NarrationConfigError, PROVIDER_LABELS, type SpeechProvider } from "./speech-provider";

/** Narration settings from the environment (NARRATION_*, OPENAI_*). */
export interface NarrationConfig {
  provider: "espeak" | "openai" | "off";
  voice: string;
  maxAttempts: number;
  /** How long a queued narration waits after the write that asked for it. */
  delayMs: number;
  openai: { apiKey: string | null; baseUrl: string; model: string };
}

type NarrationEnv = Pick<
  Env,
  | "NARRATION_PROVIDER"
  | "NARRATION_VOICE"
  | "NARRATION_MAX_ATTEMPTS"
  | "NARRATION_DELAY_SECONDS"
  | "OPENAI_API_KEY"
  | "OPENAI_BASE_URL"
  | "OPENAI_TTS_MODEL"
>;

export function narrationConfig(source: NarrationEnv = env()): NarrationConfig {
  const provider = source.NARRATION_PROVIDER;
  const fallbackVoice = provider === "openai" ? OPENAI_DEFAULT_VOICE : ESPEAK_DEFAULT_VOICE;
  return {
    provider,
    voice: source.NARRATION_VOICE || (provider === "off" ? "" : fallbackVoice),
    maxAttempts: source.NARRATION_MAX_ATTEMPTS,
    delayMs: source.NARRATION_DELAY_SECONDS * 1000,
    openai: {
      apiKey: source.OPENAI_API_KEY ?? null,
      baseUrl: source.OPENAI_BASE_URL,
      model: source.OPENAI_TTS_MODEL,
    },
  };
}

/**
 * Why the configured provider cannot run, in words for the editor panel and
 * the server log; null when it can (or narration is off on purpose).
 */
export function configProblem(config: NarrationConfig): string | null {
  if (config.provider === "openai" && !config.openai.apiKey) {
    return "NARRATION_PROVIDER is openai but OPENAI_API_KEY is not set, so no narration can be made. Set the key, or set NARRATION_PROVIDER=espeak for the offline voice.";
  }
  return null;
}

export function providerLabel(config: NarrationConfig): string {
  return PROVIDER_LABELS[config.provider];
}

/**
 * The engine the configuration names. Never another one: a hosted provider
 * without its key is an error to fix, not a reason to sound different.
 */
export function createSpeechProvider(config: NarrationConfig): SpeechProvider {
  const problem = configProblem(config);
  if (problem) throw new NarrationConfigError(problem);
  switch (config.provider) {
    case "espeak":
      return createEspeakProvider(config.voice);
    case "openai":
      return createOpenAiProvider({
        apiKey: config.openai.apiKey!,
        baseUrl: config.openai.baseUrl,
        model: config.openai.model,
        voice: config.voice,
      });
    case "off":
      throw new NarrationConfigError("Narration is turned off (NARRATION_PROVIDER=off).");
  }
}
