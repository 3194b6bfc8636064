import { describe, expect, it } from "vitest";
import {
  localCopyKey,
  readLocalCopy,
  removeLocalCopy,
  restoreOffer,
  writeLocalCopy,
  type LocalCopy,
} from "./local-copy";
import { testFields } from "@/lib/articles/editing/test-fields";

function memoryStorage(fail = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (fail) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const copy = (overrides: Partial<LocalCopy> = {}): LocalCopy => ({
  format: 1,
  articleId: "a1",
  baseVersion: 4,
  changedAt: "2026-03-01T12:00:00.000Z",
  fields: testFields({ title: "Typed offline" }),
  ...overrides,
});

describe("local copy storage", () => {
  it("round-trips a copy under the article's key", () => {
    const storage = memoryStorage();
    expect(writeLocalCopy(storage, copy())).toBe(true);
    expect([...storage.items.keys()]).toEqual([localCopyKey("a1")]);
    expect(readLocalCopy(storage, "a1")).toEqual(copy());
    removeLocalCopy(storage, "a1");
    expect(readLocalCopy(storage, "a1")).toBeNull();
  });

  it("reports a full storage instead of throwing", () => {
    expect(writeLocalCopy(memoryStorage(true), copy())).toBe(false);
  });

  it("ignores malformed, foreign or other-format values", () => {
    const storage = memoryStorage();
    storage.items.set(localCopyKey("a1"), "{not json");
    expect(readLocalCopy(storage, "a1")).toBeNull();
    storage.items.set(localCopyKey("a1"), JSON.stringify({ ...copy(), format: 2 }));
    expect(readLocalCopy(storage, "a1")).toBeNull();
    storage.items.set(localCopyKey("a1"), JSON.stringify(copy({ articleId: "a2" })));
    expect(readLocalCopy(storage, "a1")).toBeNull();
    storage.items.set(localCopyKey("a1"), JSON.stringify({ ...copy(), fields: { title: "x" } }));
    expect(readLocalCopy(storage, "a1")).toBeNull();
  });
});

describe("restoreOffer", () => {
  it("offers nothing without a copy or when the server already has it", () => {
    expect(restoreOffer(null, { version: 4, fields: testFields() })).toBeNull();
    expect(
      restoreOffer(copy(), { version: 5, fields: testFields({ title: "Typed offline" }) }),
    ).toBeNull();
  });

  it("offers a copy made on the server's version, to be saved on it", () => {
    expect(restoreOffer(copy(), { version: 4, fields: testFields() })).toMatchObject({
      basedOnOlder: false,
      version: 4,
    });
  });

  it("offers a copy made before someone else's save against its own base, so saving it meets the conflict screen", () => {
    expect(restoreOffer(copy(), { version: 6, fields: testFields() })).toMatchObject({
      basedOnOlder: true,
      version: 4,
    });
  });
});
