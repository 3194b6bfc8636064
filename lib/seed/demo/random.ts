/**
 * Small deterministic randomness: a 32-bit hash to derive independent
 * streams from (seed, index, purpose), and mulberry32 to draw from them.
 * Never Math.random, so the same inputs always give the same newsroom.
 */

/** Mixes any number of integers into one well-scrambled unsigned 32-bit value. */
export function hashInts(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    // Fold in the low and high halves so large seeds still matter.
    const low = value | 0;
    const high = Math.floor(value / 4294967296) | 0;
    h = Math.imul(h ^ low, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ high, 0x27d4eb2f);
    h ^= h >>> 16;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A uniform number in [0, 1) from a hash, for one-off decisions. */
export function unitFromHash(...values: number[]): number {
  return hashInts(...values) / 4294967296;
}

/** mulberry32: tiny, fast and good enough for choosing words. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static for(seed: number, index: number, stream: number): Rng {
    return new Rng(hashInts(seed, index, stream));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A large non-negative integer, for indexing lists with `at`. */
  key(): number {
    return Math.floor(this.next() * 2147483647);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    return at(list, Math.floor(this.next() * list.length));
  }

  /** Picks by weight; `weights` has one entry per item. */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < list.length; i++) {
      roll -= weights[i] ?? 0;
      if (roll < 0) return at(list, i);
    }
    return at(list, list.length - 1);
  }

  /** `count` distinct items in their original order (all of them if the list is short). */
  subset<T>(list: readonly T[], count: number): T[] {
    const out: T[] = [];
    let needed = Math.min(count, list.length);
    for (let i = 0; i < list.length && needed > 0; i++) {
      // Selection sampling (Knuth's algorithm S): keeps order, exact size.
      if (this.next() * (list.length - i) < needed) {
        out.push(at(list, i));
        needed--;
      }
    }
    return out;
  }
}

/** The item at `index` modulo the list's length; throws on an empty list. */
export function at<T>(list: readonly T[], index: number): T {
  if (list.length === 0) throw new Error("Cannot pick from an empty list");
  return list[((index % list.length) + list.length) % list.length] as T;
}
