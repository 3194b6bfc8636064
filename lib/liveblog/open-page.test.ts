import { describe, expect, it } from "vitest";
import { changesSince, type SeenUpdate } from "./open-page";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 12, minute));
const update = (id: string, minute: number, version = 1) => ({
  id,
  version,
  publishedAt: at(minute),
});
const seen = (...updates: ReturnType<typeof update>[]) =>
  new Map<string, SeenUpdate>(
    updates.map((u) => [u.id, { id: u.id, version: u.version, at: u.publishedAt.getTime() }]),
  );
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe("what an open live page makes of a poll", () => {
  it("finds new updates and edited ones, and leaves unchanged ones alone", () => {
    const page = seen(update("a", 1), update("b", 2));
    const changes = changesSince(page, [update("c", 3), update("b", 2, 2), update("a", 1)], 20);
    expect(ids(changes.fresh)).toEqual(["c"]);
    expect(ids(changes.edited)).toEqual(["b"]);
    expect(changes.removed).toEqual([]);
  });

  it("counts a missing update as gone only inside the poll's window", () => {
    // The poll holds the newest three: d, c and b. "a" scrolled out of the
    // window; "x", newer than b, was deleted.
    const page = seen(update("a", 1), update("x", 3), update("b", 2));
    const latest = [update("d", 5), update("c", 4), update("b", 2)];
    expect(changesSince(page, latest, 3).removed).toEqual(["x"]);
    // A poll with fewer than its limit holds every public update.
    expect(changesSince(page, latest, 20).removed.sort()).toEqual(["a", "x"]);
  });

  it("keeps an update at the window's very edge: a tie is not a deletion", () => {
    const page = seen(update("a", 2), update("b", 2));
    expect(changesSince(page, [update("c", 3), update("b", 2)], 2).removed).toEqual([]);
  });

  it("reports nothing for an empty page and an empty poll", () => {
    expect(changesSince(new Map(), [], 20)).toEqual({ fresh: [], edited: [], removed: [] });
  });
});
