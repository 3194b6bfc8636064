import type { ParagraphKind, ScriptParagraph } from "./build-script";

/**
 * Cuts the script into pieces a speech engine accepts in one request, only
 * at sentence boundaries (a sentence longer than the limit at a comma, at a
 * space as a last resort). Each piece says how long a silence follows it,
 * so the joined audio pauses like a reader: briefly between sentences,
 * longer between paragraphs and around headings.
 */

export interface ScriptChunk {
  text: string;
  pauseAfterMs: number;
}

export interface ChunkOptions {
  /** The engine's input limit, in characters. */
  maxChars: number;
  /**
   * Whether several paragraphs may share one request. Hosted engines pause
   * at paragraph breaks themselves and charge per request round trip;
   * eSpeak is called per paragraph so pauses (and progress) are exact.
   */
  packParagraphs: boolean;
}

const PAUSE_AFTER: Record<ParagraphKind, number> = {
  title: 900,
  standfirst: 750,
  byline: 900,
  heading: 650,
  text: 550,
  item: 350,
};
const SENTENCE_PAUSE_MS = 120;
/** A paragraph before a heading ends with the heading's longer pause. */
const BEFORE_HEADING_MS = 800;

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)\]]*)\s+(?=\S)/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A sentence over the limit, cut at clause boundaries, then at spaces. */
function splitLong(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const clauses = sentence.split(/(?<=[,;:])\s+/);
  const pieces = clauses.length > 1 ? pack(clauses, maxChars, " ") : [sentence];
  return pieces.flatMap((piece) => {
    if (piece.length <= maxChars) return [piece];
    const words = piece.split(/\s+/);
    return pack(
      words.flatMap((word) => word.match(new RegExp(`.{1,${maxChars}}`, "gsu")) ?? []),
      maxChars,
      " ",
    );
  });
}

/** Greedily joins parts with `glue` into pieces of at most maxChars. */
function pack(parts: string[], maxChars: number, glue: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const part of parts) {
    const next = current ? `${current}${glue}${part}` : part;
    if (next.length <= maxChars) {
      current = next;
    } else {
      if (current) out.push(current);
      current = part;
    }
  }
  if (current) out.push(current);
  return out;
}

function paragraphPieces(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const sentences = splitSentences(text).flatMap((sentence) => splitLong(sentence, maxChars));
  return pack(sentences, maxChars, " ");
}

export function chunkScript(paragraphs: ScriptParagraph[], options: ChunkOptions): ScriptChunk[] {
  const { maxChars } = options;
  if (maxChars < 20)
    throw new Error("A speech engine's input limit must be at least 20 characters.");
  const chunks: ScriptChunk[] = [];
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const pause =
      next?.kind === "heading"
        ? Math.max(BEFORE_HEADING_MS, PAUSE_AFTER[paragraph.kind])
        : PAUSE_AFTER[paragraph.kind];
    const pieces = paragraphPieces(paragraph.text, maxChars);
    pieces.forEach((text, i) => {
      const last = i === pieces.length - 1;
      const previous = chunks[chunks.length - 1];
      // Whole paragraphs share a request when the engine allows it.
      if (
        options.packParagraphs &&
        i === 0 &&
        previous &&
        previous.pauseAfterMs >= PAUSE_AFTER.item &&
        previous.text.length + 2 + text.length <= maxChars
      ) {
        previous.text = `${previous.text}\n\n${text}`;
        previous.pauseAfterMs = last ? pause : SENTENCE_PAUSE_MS;
        return;
      }
      chunks.push({ text, pauseAfterMs: last ? pause : SENTENCE_PAUSE_MS });
    });
  });
  return chunks;
}
