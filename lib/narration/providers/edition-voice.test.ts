import { describe, expect, it } from "vitest";
import { createEspeakProvider } from "./espeak";
import { providerForEdition } from "./edition-voice";
import type { SpeechProvider } from "./speech-provider";

describe("the narration voice of an edition", () => {
  it("reads Ukrainian stories with eSpeak NG's Ukrainian voice", () => {
    const english = createEspeakProvider("en-gb");
    expect(providerForEdition(english, "uk").voice).toBe("uk");
    expect(providerForEdition(english, "en")).toBe(english);
  });

  it("keeps a hosted provider, whose voices read any language", () => {
    const hosted = { name: "openai", voice: "alloy" } as SpeechProvider;
    expect(providerForEdition(hosted, "uk")).toBe(hosted);
  });
});
