import { describe, expect, it } from "vitest";
import {
  isConnectionFailure,
  isPermanentFailure,
  MAX_ATTEMPTS,
  messageIdFor,
  retryDelayMs,
} from "./backoff";

const MINUTE = 60_000;

describe("retry schedule", () => {
  it("waits longer after each failure: 1 min, 5, 30, 2 h, 6 h, then 12 h", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelayMs(attempt) / MINUTE)).toEqual([
      1, 5, 30, 120, 360, 720, 720,
    ]);
  });

  it("spends about a day and a half before giving up", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += retryDelayMs(attempt);
    expect(total / (60 * MINUTE)).toBeGreaterThan(24);
    expect(total / (60 * MINUTE)).toBeLessThan(48);
  });
});

describe("failures", () => {
  it("gives up at once only on a recipient the server refuses for good", () => {
    expect(isPermanentFailure({ code: "EENVELOPE", responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ code: "EENVELOPE", responseCode: 451 })).toBe(false);
    expect(isPermanentFailure({ code: "EAUTH", responseCode: 535 })).toBe(false);
    expect(isPermanentFailure({ code: "EMESSAGE", responseCode: 554 })).toBe(false);
    expect(isPermanentFailure({ code: "ECONNECTION" })).toBe(false);
  });

  it("treats an unreachable server as a reason to stop the batch", () => {
    expect(isConnectionFailure({ code: "ECONNECTION" })).toBe(true);
    expect(isConnectionFailure({ code: "ETIMEDOUT" })).toBe(true);
    expect(isConnectionFailure({ code: "EENVELOPE" })).toBe(false);
  });
});

describe("Message-ID", () => {
  it("is the same for one row every time, on the sender's domain", () => {
    const id = messageIdFor("cmabc123", "The Harbour Gazette <desk@gazette.example>");
    expect(id).toBe("<outbox.cmabc123@gazette.example>");
    expect(messageIdFor("cmabc123", "The Harbour Gazette <desk@gazette.example>")).toBe(id);
    expect(messageIdFor("cmabc123", "newsroom@localhost")).toBe("<outbox.cmabc123@localhost>");
  });
});
