/** One step of turning `before` into `after`. */
export type DiffOp<T> =
  | { kind: "same"; before: T; after: T }
  | { kind: "removed"; before: T }
  | { kind: "added"; after: T };

/**
 * Above this many cells the table would cost more memory than a readable
 * answer is worth; the middle is then reported as replaced wholesale.
 */
const MAX_CELLS = 4_000_000;

/**
 * The longest-common-subsequence diff of two sequences, in order. Within a
 * change, removals come before additions, so a reader sees "was … now …".
 * Common ends are matched first, which keeps the table to the changed middle.
 */
export function diffSequences<T>(
  before: readonly T[],
  after: readonly T[],
  equal: (a: T, b: T) => boolean = Object.is,
): DiffOp<T>[] {
  let start = 0;
  while (start < before.length && start < after.length && equal(before[start]!, after[start]!)) {
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    equal(before[endBefore - 1]!, after[endAfter - 1]!)
  ) {
    endBefore--;
    endAfter--;
  }

  const ops: DiffOp<T>[] = [];
  for (let i = 0; i < start; i++) ops.push({ kind: "same", before: before[i]!, after: after[i]! });
  ops.push(...diffMiddle(before.slice(start, endBefore), after.slice(start, endAfter), equal));
  for (let i = endBefore, j = endAfter; i < before.length; i++, j++) {
    ops.push({ kind: "same", before: before[i]!, after: after[j]! });
  }
  return ops;
}

function diffMiddle<T>(a: readonly T[], b: readonly T[], equal: (a: T, b: T) => boolean) {
  const n = a.length;
  const m = b.length;
  const ops: DiffOp<T>[] = [];
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (const item of a) ops.push({ kind: "removed", before: item });
    for (const item of b) ops.push({ kind: "added", after: item });
    return ops;
  }
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = equal(a[i]!, b[j]!)
        ? lengths[(i + 1) * width + j + 1]! + 1
        : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i]!, b[j]!)) {
      ops.push({ kind: "same", before: a[i]!, after: b[j]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      ops.push({ kind: "removed", before: a[i]! });
      i++;
    } else {
      ops.push({ kind: "added", after: b[j]! });
      j++;
    }
  }
  for (; i < n; i++) ops.push({ kind: "removed", before: a[i]! });
  for (; j < m; j++) ops.push({ kind: "added", after: b[j]! });
  return ops;
}
