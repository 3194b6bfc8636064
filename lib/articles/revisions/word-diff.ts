import { diffSequences } from "./sequence-diff";

/** A run of text that is in both versions, only the older, or only the newer. */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

/**
 * Words (letters and digits, with inner apostrophes and hyphens), runs of
 * white space, and single other characters, so "Kyiv," → "Kyiv" and ",".
 */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|[^\s]/gu) ?? [];
}

type Segment = { kind: "same"; text: string } | { kind: "change"; removed: string; added: string };

/**
 * Word-level changes from `before` to `after`. Each change reads as the old
 * words followed by the new ones; the spaces between two neighbouring
 * changes are folded into them, so a rewritten phrase shows as one removal
 * and one addition instead of a word-by-word zigzag.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const segments: Segment[] = [];
  for (const op of diffSequences(tokenize(before), tokenize(after))) {
    const last = segments.at(-1);
    if (op.kind === "same") {
      if (last?.kind === "same") last.text += op.before;
      else segments.push({ kind: "same", text: op.before });
      continue;
    }
    const change =
      last?.kind === "change" ? last : { kind: "change" as const, removed: "", added: "" };
    if (change !== last) segments.push(change);
    if (op.kind === "removed") change.removed += op.before;
    else change.added += op.after;
  }

  const merged: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const previous = merged.at(-1);
    const next = segments[i + 1];
    if (
      segment.kind === "same" &&
      previous?.kind === "change" &&
      next?.kind === "change" &&
      !segment.text.trim()
    ) {
      previous.removed += segment.text + next.removed;
      previous.added += segment.text + next.added;
      i++;
      continue;
    }
    if (segment.kind === "change" && previous?.kind === "change") {
      previous.removed += segment.removed;
      previous.added += segment.added;
      continue;
    }
    merged.push(segment.kind === "change" ? { ...segment } : segment);
  }

  const parts: DiffPart[] = [];
  for (const segment of merged) {
    if (segment.kind === "same") parts.push({ kind: "same", text: segment.text });
    else {
      if (segment.removed) parts.push({ kind: "removed", text: segment.removed });
      if (segment.added) parts.push({ kind: "added", text: segment.added });
    }
  }
  return parts;
}

/** The older text back out of a diff (what was there before). */
export function beforeText(parts: DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== "added")
    .map((part) => part.text)
    .join("");
}

/** The newer text back out of a diff. */
export function afterText(parts: DiffPart[]): string {
  return parts
    .filter((part) => part.kind !== "removed")
    .map((part) => part.text)
    .join("");
}

/** Share of words the two texts have in common, from 0 to 1 (used to pair edited blocks). */
export function similarity(before: string, after: string): number {
  const words = (text: string) => tokenize(text.toLowerCase()).filter((token) => token.trim());
  const a = words(before);
  const b = words(after);
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}
