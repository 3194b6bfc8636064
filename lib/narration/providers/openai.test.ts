import { describe, expect, it, vi } from "vitest";
import { buildSpeechRequest, createOpenAiProvider, pcmFromBytes } from "./openai";
import { createSpeechProvider, narrationConfig } from "./select-provider";
import { NarrationConfigError, NarrationError } from "./speech-provider";

const settings = {
  apiKey: "sk-test-123",
  baseUrl: "https://api.openai.com/v1/",
  model: "gpt-4o-mini-tts",
  voice: "alloy",
};

const pcmBytes = (...samples: number[]) => {
  const buffer = new ArrayBuffer(samples.length * 2);
  const view = new DataView(buffer);
  samples.forEach((sample, i) => view.setInt16(i * 2, sample, true));
  return buffer;
};

function stubFetch(response: Response | Error) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("OpenAI speech requests", () => {
  it("posts the text with the key, model, voice and raw PCM as the format", () => {
    const { url, init } = buildSpeechRequest(settings, "Hello, Kyiv.");
    expect(url).toBe("https://api.openai.com/v1/audio/speech");
    expect(init.method).toBe("POST");
    expect(init.headers).toEqual({
      Authorization: "Bearer sk-test-123",
      "Content-Type": "application/json",
    });
    const body = JSON.parse(String(init.body)) as Record<string, string>;
    expect(body).toMatchObject({
      model: "gpt-4o-mini-tts",
      voice: "alloy",
      input: "Hello, Kyiv.",
      response_format: "pcm",
    });
    expect(body.instructions).toMatch(/news/);
  });

  it("sends no delivery instructions to the older tts-1 models", () => {
    const { init } = buildSpeechRequest({ ...settings, model: "tts-1" }, "Hi.");
    expect(JSON.parse(String(init.body))).not.toHaveProperty("instructions");
  });

  it("returns 24 kHz samples read little-endian", async () => {
    const fetcher = stubFetch(new Response(pcmBytes(1, -2, 32767)));
    const provider = createOpenAiProvider(settings, fetcher);
    const pcm = await provider.synthesize("Hello.");
    expect(pcm.sampleRate).toBe(24_000);
    expect([...pcm.samples]).toEqual([1, -2, 32767]);
    expect(fetcher).toHaveBeenCalledOnce();
    expect(fetcher.mock.calls[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("keeps chunks under the 4,096-character input limit", () => {
    const provider = createOpenAiProvider(settings, stubFetch(new Response("")));
    expect(provider.limits.maxChars).toBeLessThanOrEqual(4096);
    expect(provider.limits.packParagraphs).toBe(true);
  });

  it.each([
    [
      json(401, { error: { message: "Incorrect API key provided" } }),
      false,
      /API key.*401.*OPENAI_API_KEY/,
    ],
    [
      json(429, { error: { message: "Slow down", code: "rate_limit_exceeded" } }),
      true,
      /rate limiting/,
    ],
    [json(429, { error: { message: "No quota", code: "insufficient_quota" } }), false, /no quota/],
    [json(400, { error: { message: "Invalid voice" } }), false, /rejected.*400.*Invalid voice/],
    [new Response("Bad gateway", { status: 502 }), true, /server error.*502/],
    [new TypeError("fetch failed"), true, /Could not reach OpenAI: fetch failed/],
  ])("explains a failure and says whether to retry (%#)", async (answer, retryable, message) => {
    const provider = createOpenAiProvider(settings, stubFetch(answer));
    const error = await provider.synthesize("Hello.").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NarrationError);
    expect((error as NarrationError).retryable).toBe(retryable);
    expect((error as Error).message).toMatch(message);
  });

  it("treats an empty answer as a failure to retry", async () => {
    const provider = createOpenAiProvider(settings, stubFetch(new Response(new ArrayBuffer(0))));
    await expect(provider.synthesize("Hello.")).rejects.toMatchObject({ retryable: true });
  });

  it("reads odd trailing bytes as nothing", () => {
    expect([...pcmFromBytes(new Uint8Array([1, 0, 255]).buffer)]).toEqual([1]);
  });
});

describe("provider selection", () => {
  const base = {
    NARRATION_PROVIDER: "openai" as const,
    NARRATION_VOICE: undefined,
    NARRATION_MAX_ATTEMPTS: 4,
    NARRATION_DELAY_SECONDS: 15,
    OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: "https://api.openai.com/v1",
    OPENAI_TTS_MODEL: "gpt-4o-mini-tts",
  };

  it("refuses a hosted provider without its key instead of falling back to eSpeak", () => {
    expect(() => createSpeechProvider(narrationConfig(base))).toThrow(NarrationConfigError);
    expect(() => createSpeechProvider(narrationConfig(base))).toThrow(/OPENAI_API_KEY is not set/);
  });

  it("gives each provider its default voice", () => {
    expect(narrationConfig(base).voice).toBe("alloy");
    expect(narrationConfig({ ...base, NARRATION_PROVIDER: "espeak" }).voice).toBe("en-us");
    expect(narrationConfig({ ...base, NARRATION_VOICE: "nova" }).voice).toBe("nova");
    const openai = createSpeechProvider(narrationConfig({ ...base, OPENAI_API_KEY: "sk-x" }));
    expect(openai.name).toBe("openai");
  });
});
