import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { generateNarrationAudio } from "@/lib/narration/generate";
import { createEspeakProvider } from "@/lib/narration/providers/espeak";
import type { ScriptParagraph } from "@/lib/narration/script/build-script";
import { decodeMp3 } from "./narration-support";

/** About 700 words: several seconds of synthesis and encoding on this machine. */
const script: ScriptParagraph[] = Array.from({ length: 24 }, (_, index) => ({
  kind: index % 6 === 0 ? "heading" : "text",
  text:
    index % 6 === 0
      ? `Part ${index / 6 + 1}: the harbour after the strike`
      : "Firefighters worked through the night to contain the blaze at the grain terminal, " +
        "while engineers inspected the cranes and the rail spur that carries wheat to the quay. " +
        "Officials said ships would keep sailing once the berths had been checked for debris.",
}));

describe("narration in its own thread", () => {
  it("leaves the event loop free to answer requests while a narration is made", async () => {
    const provider = createEspeakProvider();
    // Loaded once beforehand: starting the thread is not what is measured.
    await provider.synthesize("Warm up.");

    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const latencies: number[] = [];
    let longestGap = 0;
    let stalled = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      // Time the loop could not run a 5 ms timer for over 50 ms at a stretch.
      if (now - last > 50) stalled += now - last;
      last = now;
    }, 5);
    let generating = true;
    const requests = (async () => {
      while (generating) {
        const started = performance.now();
        await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text());
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const audio = await generateNarrationAudio(script, provider);
    const took = performance.now() - started;
    const busy = performance.eventLoopUtilization(before).utilization;
    generating = false;
    await requests;
    clearInterval(ticker);
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const { seconds } = await decodeMp3(Uint8Array.from(audio.mp3).buffer);
    expect(seconds).toBeGreaterThan(120);
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)] ?? Infinity;
    console.info(
      `[narration thread] ${seconds.toFixed(0)} s of audio in ${took.toFixed(0)} ms; ` +
        `event loop busy ${(busy * 100).toFixed(0)}%, stalled ${stalled.toFixed(0)} ms ` +
        `(longest ${longestGap.toFixed(0)} ms); ${latencies.length} requests, ` +
        `median ${median.toFixed(1)} ms, slowest ${latencies.at(-1)?.toFixed(0)} ms`,
    );
    // On the main thread this work kept the loop busy nearly all the time and
    // stalled it for a chunk's synthesis or an encoder block at a time. What
    // is left is joining the PCM, and the machine's own scheduling under load.
    expect(busy).toBeLessThan(0.35);
    expect(stalled).toBeLessThan(took * 0.3);
    expect(latencies.length).toBeGreaterThan(10);
    expect(median).toBeLessThan(50);
  });
});
