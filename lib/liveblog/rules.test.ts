import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type StoryCursor } from "@/lib/articles/cursor";
import {
  compareNewestFirst,
  headPinned,
  isBefore,
  isPublicUpdate,
  MAX_PINNED,
  newestPublishedAt,
  pageOfStream,
  statusForIntent,
  type OrderedUpdate,
  type StreamPage,
} from "./rules";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 12, minute));
const update = (id: string, minute: number, pinned = false): OrderedUpdate => ({
  id,
  status: "PUBLISHED",
  pinned,
  publishedAt: at(minute),
});

describe("live blog ordering", () => {
  it("puts the newest first and breaks a tie by id, the same way every time", () => {
    const rows = [update("b", 1), update("c", 3), update("a", 1), update("d", 2)];
    expect([...rows].sort(compareNewestFirst).map((row) => row.id)).toEqual(["c", "d", "b", "a"]);
  });

  it("shows only published updates whose time has come", () => {
    const now = at(30);
    expect(isPublicUpdate({ status: "PUBLISHED", publishedAt: at(29) }, now)).toBe(true);
    expect(isPublicUpdate({ status: "PUBLISHED", publishedAt: at(31) }, now)).toBe(false);
    expect(isPublicUpdate({ status: "SCHEDULED", publishedAt: at(1) }, now)).toBe(false);
    expect(isPublicUpdate({ status: "DRAFT", publishedAt: null }, now)).toBe(false);
  });

  it("dates the live blog by its newest public update", () => {
    const rows = [update("a", 5), { ...update("b", 9), status: "DRAFT" as const }, update("c", 7)];
    expect(newestPublishedAt(rows, at(30))).toEqual(at(7));
    expect(newestPublishedAt([], at(30))).toBeNull();
  });
});

describe("pinning", () => {
  it("heads the page with the newest pinned updates, and only a few", () => {
    const rows = [
      update("p1", 1, true),
      update("p2", 2, true),
      update("p3", 3, true),
      update("p4", 4, true),
      update("n", 5),
    ];
    const head = headPinned(rows);
    expect(head.map((row) => row.id)).toEqual(["p4", "p3", "p2"]);
    expect(head).toHaveLength(MAX_PINNED);
  });

  it("shows a pinned update once: on top of the first page, never again in the stream", () => {
    const pinned = [update("p", 2, true)];
    const rows = [update("a", 5), update("p", 2, true), update("b", 1)];
    const first = pageOfStream(rows, pinned, { first: true, limit: 10 });
    expect(first.pinned.map((row) => row.id)).toEqual(["p"]);
    expect(first.updates.map((row) => row.id)).toEqual(["a", "b"]);
    const older = pageOfStream(rows, pinned, { first: false, limit: 10 });
    expect(older.pinned).toEqual([]);
    expect(older.updates.map((row) => row.id)).toEqual(["a", "b"]);
  });
});

describe("pagination", () => {
  const all = Array.from({ length: 45 }, (_, index) =>
    update(`u${String(index).padStart(2, "0")}`, index),
  );

  /** What the query does: the rows after the cursor, newest first, one more than a page. */
  function load(before: ReturnType<typeof decodeCursor>, limit: number) {
    return [...all]
      .sort(compareNewestFirst)
      .filter((row) => !before || isBefore(row, before))
      .slice(0, limit + 1);
  }

  it("walks the whole stream page by page without skipping or repeating an update", () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const before: StoryCursor | null = cursor ? decodeCursor(cursor) : null;
      const page: StreamPage<OrderedUpdate> = pageOfStream(load(before, 20), [], {
        first: !cursor,
        limit: 20,
      });
      seen.push(...page.updates.map((row) => row.id));
      cursor = page.older ? encodeCursor(page.older) : null;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...all].sort(compareNewestFirst).map((row) => row.id));
  });

  it("offers no older page when the stream fits on one", () => {
    const page = pageOfStream(load(null, 50), [], { first: true, limit: 50 });
    expect(page.updates).toHaveLength(45);
    expect(page.older).toBeNull();
  });

  it("keeps updates that share a minute apart by id across a page break", () => {
    const cursor = { publishedAt: at(10), id: "m" };
    expect(isBefore({ id: "l", publishedAt: at(10) }, cursor)).toBe(true);
    expect(isBefore({ id: "n", publishedAt: at(10) }, cursor)).toBe(false);
    expect(isBefore({ id: "z", publishedAt: at(9) }, cursor)).toBe(true);
  });
});

describe("posting", () => {
  const now = at(30);
  it("posts now, schedules for later, or keeps a draft", () => {
    expect(statusForIntent("publish", null, now)).toEqual({
      status: "PUBLISHED",
      publishedAt: now,
    });
    expect(statusForIntent("schedule", at(45), now)).toEqual({
      status: "SCHEDULED",
      publishedAt: at(45),
    });
    expect(statusForIntent("draft", at(45), now)).toEqual({ status: "DRAFT", publishedAt: null });
  });

  it("posts a schedule whose time has passed", () => {
    expect(statusForIntent("schedule", at(10), now).status).toBe("PUBLISHED");
  });
});
