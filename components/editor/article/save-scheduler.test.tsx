import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SaveScheduler, type SaveMode } from "./save-scheduler";

function deferredRuns() {
  const calls: { mode: SaveMode; finish: (value: string) => void }[] = [];
  const run = (mode: SaveMode) =>
    new Promise<string>((resolve) => {
      calls.push({ mode, finish: resolve });
    });
  return { calls, run };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe("SaveScheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("autosaves once, delayMs after the last change", async () => {
    const { calls, run } = deferredRuns();
    const scheduler = new SaveScheduler(run, 2500);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((c) => c.mode)).toEqual(["autosave"]);
  });

  it("runs one save at a time and queues one more for everything asked meanwhile", async () => {
    const { calls, run } = deferredRuns();
    const scheduler = new SaveScheduler(run, 2500);
    const first = scheduler.request("autosave");
    await flush();
    const second = scheduler.request("autosave");
    const third = scheduler.request("save");
    await flush();
    expect(calls).toHaveLength(1);
    expect(scheduler.busy).toBe(true);

    calls[0]!.finish("one");
    await expect(first).resolves.toBe("one");
    await flush();
    // The queued run was upgraded to an explicit save by the later request.
    expect(calls.map((c) => c.mode)).toEqual(["autosave", "save"]);
    calls[1]!.finish("two");
    await expect(second).resolves.toBe("two");
    await expect(third).resolves.toBe("two");
    expect(scheduler.busy).toBe(false);
  });

  it("drops a waiting autosave when a save is asked for", async () => {
    const { calls, run } = deferredRuns();
    const scheduler = new SaveScheduler(run, 2500);
    scheduler.schedule();
    expect(scheduler.pending).toBe(true);
    void scheduler.request("save");
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls.map((c) => c.mode)).toEqual(["save"]);
  });

  it("keeps going after a run that throws", async () => {
    let fail = true;
    const scheduler = new SaveScheduler(async () => {
      if (fail) throw new Error("network");
      return "ok";
    }, 10);
    await expect(scheduler.request("save")).rejects.toThrow("network");
    fail = false;
    await expect(scheduler.request("save")).resolves.toBe("ok");
  });
});
