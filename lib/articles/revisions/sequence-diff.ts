import { diffArrays } from "diff";

/** One step of turning `before` into `after`. */
export type DiffOp<T> =
  | { kind: "same"; before: T; after: T }
  | { kind: "removed"; before: T }
  | { kind: "added"; after: T };

/**
 * Past this many edits Myers' algorithm (O((n + m) · edits)) costs more time
 * than a readable answer is worth; the changed middle is then reported as
 * replaced wholesale. A text that different is a rewrite, not an edit.
 */
const MAX_EDITS = 5_000;

/**
 * The shortest edit script between two sequences (jsdiff's Myers diff), in
 * order. Within a change, removals come before additions, so a reader sees
 * "was … now …". Cost grows with the size of the change, not the product of
 * the lengths, so a long article with a few edits diffs in milliseconds.
 */
export function diffSequences<T>(
  before: readonly T[],
  after: readonly T[],
  equal: (a: T, b: T) => boolean = Object.is,
): DiffOp<T>[] {
  const changes = diffArrays([...before], [...after], {
    comparator: equal,
    maxEditLength: MAX_EDITS,
  });
  const ops: DiffOp<T>[] = [];
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    for (const item of removed) ops.push({ kind: "removed", before: item });
    for (const item of added) ops.push({ kind: "added", after: item });
    removed = [];
    added = [];
  };
  if (!changes) {
    removed = [...before];
    added = [...after];
    flush();
    return ops;
  }
  // Walk both inputs by the counts rather than reading the change's values:
  // an unchanged item keeps its own "before" and "after" (they may differ
  // where `equal` is looser than identity).
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.removed) {
      removed.push(...before.slice(i, i + count));
      i += count;
    } else if (change.added) {
      added.push(...after.slice(j, j + count));
      j += count;
    } else {
      flush();
      for (let k = 0; k < count; k++, i++, j++) {
        ops.push({ kind: "same", before: before[i]!, after: after[j]! });
      }
    }
  }
  flush();
  return ops;
}
