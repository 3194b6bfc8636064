import { NarrationError, type Pcm, type SpeechProvider } from "./speech-provider";

/**
 * OpenAI's speech endpoint (POST /v1/audio/speech) through plain fetch. Asks
 * for raw PCM (24 kHz, 16-bit little-endian, mono) so the chunks of a long
 * article are joined sample-exact and encoded once.
 */

export const OPENAI_DEFAULT_VOICE = "alloy";
/** The endpoint refuses more than 4,096 characters of input. */
const OPENAI_MAX_INPUT = 4096;
const OPENAI_SAMPLE_RATE = 24_000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface OpenAiSettings {
  apiKey: string;
  baseUrl: string;
  model: string;
  voice: string;
}

type Fetch = typeof fetch;

/** The request for one chunk; separate so it can be tested without a network. */
export function buildSpeechRequest(
  settings: OpenAiSettings,
  text: string,
): { url: string; init: RequestInit } {
  const body: Record<string, string> = {
    model: settings.model,
    voice: settings.voice,
    input: text,
    response_format: "pcm",
  };
  // Only the gpt-4o speech models take delivery instructions.
  if (settings.model.startsWith("gpt-4o")) {
    body.instructions =
      "You are reading a news article aloud. Speak clearly at a steady, calm pace, like a radio newsreader.";
  }
  return {
    url: `${settings.baseUrl.replace(/\/+$/, "")}/audio/speech`,
    init: {
      method: "POST",
      headers: {
        Authorization: `Bearer ${settings.apiKey}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    },
  };
}

async function errorDetail(response: Response): Promise<{ message: string; code: string }> {
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string; code?: string | null } };
    return {
      message: (parsed.error?.message ?? text).slice(0, 300),
      code: parsed.error?.code ?? "",
    };
  } catch {
    return { message: text.slice(0, 300), code: "" };
  }
}

/** A failed response as a narration error that says what to do about it. */
export async function speechFailure(response: Response): Promise<NarrationError> {
  const { message, code } = await errorDetail(response);
  const said = message ? `: ${message}` : "";
  const status = response.status;
  if (status === 401) {
    return new NarrationError(
      `OpenAI refused the API key (HTTP 401)${said}. Check OPENAI_API_KEY.`,
      false,
    );
  }
  if (status === 429 && code === "insufficient_quota") {
    return new NarrationError(`The OpenAI account has no quota left (HTTP 429)${said}.`, false);
  }
  if (status === 429) return new NarrationError(`OpenAI is rate limiting (HTTP 429)${said}.`, true);
  if (status >= 500)
    return new NarrationError(`OpenAI had a server error (HTTP ${status})${said}.`, true);
  return new NarrationError(`OpenAI rejected the request (HTTP ${status})${said}.`, false);
}

/** Raw little-endian 16-bit PCM as samples, whatever this machine's byte order. */
export function pcmFromBytes(bytes: ArrayBuffer): Int16Array {
  const view = new DataView(bytes);
  const samples = new Int16Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true);
  return samples;
}

export function createOpenAiProvider(
  settings: OpenAiSettings,
  fetcher: Fetch = fetch,
): SpeechProvider {
  return {
    name: "openai",
    voice: settings.voice,
    limits: { maxChars: OPENAI_MAX_INPUT - 96, packParagraphs: true },
    async synthesize(text, options = {}): Promise<Pcm> {
      const { url, init } = buildSpeechRequest(settings, text);
      const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await fetcher(url, { ...init, signal });
      } catch (error) {
        throw new NarrationError(`Could not reach OpenAI: ${(error as Error).message}`, true);
      }
      if (!response.ok) throw await speechFailure(response);
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        throw new NarrationError(`OpenAI's answer broke off: ${(error as Error).message}`, true);
      }
      if (bytes.byteLength < 2) throw new NarrationError("OpenAI returned no audio.", true);
      return { samples: pcmFromBytes(bytes), sampleRate: OPENAI_SAMPLE_RATE };
    },
  };
}
