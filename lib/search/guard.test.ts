import { afterEach, describe, expect, it, vi } from "vitest";
import { SEARCH_LIMITS, SearchBusyError, withSearchSlot } from "./guard";

afterEach(() => {
  vi.useRealTimers();
});

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe("withSearchSlot", () => {
  it("runs a few searches at once and makes the next wait its turn", async () => {
    const gates = Array.from({ length: SEARCH_LIMITS.concurrent }, gate);
    const running = gates.map((g) => withSearchSlot(() => g.promise));
    let started = false;
    const waiting = withSearchSlot(async () => {
      started = true;
      return "done";
    });
    await Promise.resolve();
    expect(started).toBe(false);
    gates[0]!.open();
    expect(await waiting).toBe("done");
    gates.slice(1).forEach((g) => g.open());
    await Promise.all(running);
  });

  it("tells a search that waited too long that search is busy, and frees its place", async () => {
    vi.useFakeTimers();
    const gates = Array.from({ length: SEARCH_LIMITS.concurrent }, gate);
    const running = gates.map((g) => withSearchSlot(() => g.promise));
    const late = withSearchSlot(async () => "never");
    const refused = expect(late).rejects.toBeInstanceOf(SearchBusyError);
    await vi.advanceTimersByTimeAsync(SEARCH_LIMITS.waitMs + 1);
    await refused;
    gates.forEach((g) => g.open());
    await Promise.all(running);
    // All slots are free again.
    expect(await withSearchSlot(async () => "after")).toBe("after");
  });
});
