import { LRUCache } from "lru-cache";

/**
 * A least-recently-used cache of generated binaries (cards, crops), bounded
 * by bytes rather than entries. Keys name content exactly (a stored image's
 * hash, a card's version), so nothing in it is ever stale; it only saves
 * rendering the same image again until a CDN holds it.
 */
export class ByteCache {
  private readonly entries: LRUCache<string, Uint8Array<ArrayBuffer>>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      maxEntrySize: maxBytes,
      sizeCalculation: (value) => Math.max(1, value.byteLength),
    });
  }

  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: Uint8Array<ArrayBuffer>): void {
    this.entries.set(key, value);
  }

  /** Bytes held. */
  get size(): number {
    return this.entries.calculatedSize;
  }
}
