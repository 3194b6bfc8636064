import type { ArticleDocument, BlockNode } from "@/lib/documents/schema";
import { blockText, inlineText } from "@/lib/documents/text";
import { asSentence, toSpokenEnglish } from "./spoken-text";

/**
 * What the narrator reads, in order: the headline, the standfirst, "By A and
 * B", then the body as the page shows it. Decisions (docs/narration.md):
 * - headings are read as sentences, with a longer pause around them;
 * - a pull quote that repeats the body is skipped (it would be heard twice);
 *   one that does not is read once, with its attribution;
 * - images and their captions are skipped: a caption describes a picture the
 *   listener cannot see, and credits are not content;
 * - embeds and related-article cards are skipped: they are links elsewhere;
 * - lists are read item by item, block quotes as their paragraphs.
 */

export type ParagraphKind = "title" | "standfirst" | "byline" | "heading" | "text" | "item";

export interface ScriptParagraph {
  kind: ParagraphKind;
  text: string;
}

export interface ScriptInput {
  title: string;
  standfirst: string;
  authors: string[];
  body: ArticleDocument;
  /** How the byline is said in the article's language ("By", "and"); English unless given. */
  byline?: { by: string; and: string };
}

/** "By A", "By A and B", "By A, B and C". */
export function bylineSentence(
  authors: string[],
  words: { by: string; and: string } = { by: "By", and: "and" },
): string {
  const names = authors.map((name) => name.trim()).filter(Boolean);
  if (!names.length) return "";
  const last = names.pop()!;
  return `${words.by} ${names.length ? `${names.join(", ")} ${words.and} ${last}` : last}.`;
}

/** Letters and digits only, for "is this quote already in the text?". */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function paragraph(kind: ParagraphKind, written: string): ScriptParagraph | null {
  const text = asSentence(toSpokenEnglish(written));
  return text ? { kind, text } : null;
}

function blockParagraphs(block: BlockNode, bodyText: string): (ScriptParagraph | null)[] {
  switch (block.type) {
    case "paragraph":
      return [paragraph("text", inlineText(block.content))];
    case "heading":
      return [paragraph("heading", inlineText(block.content))];
    case "blockquote":
      return block.content.map((p) => paragraph("text", inlineText(p.content)));
    case "bulletList":
    case "orderedList":
      return block.content.map((item) =>
        paragraph("item", item.content.map((p) => asSentence(inlineText(p.content))).join(" ")),
      );
    case "pullQuote": {
      const quote = inlineText(block.content)
        .trim()
        .replace(/^["“]|["”]$/g, "");
      if (!quote || bodyText.includes(comparable(quote))) return [];
      const who = block.attrs.attribution.trim();
      return [paragraph("text", who ? `In the words of ${who}: ${quote}` : quote)];
    }
    default:
      // Images, embeds, related-article cards and rules are not read.
      return [];
  }
}

export function buildNarrationScript(input: ScriptInput): ScriptParagraph[] {
  // Everything a pull quote could be repeating.
  const bodyText = comparable(
    input.body.content
      .filter((block) => block.type !== "pullQuote")
      .map(blockText)
      .join(" "),
  );
  const byline = bylineSentence(input.authors, input.byline);
  return [
    paragraph("title", input.title),
    paragraph("standfirst", input.standfirst),
    byline ? paragraph("byline", byline) : null,
    ...input.body.content.flatMap((block) => blockParagraphs(block, bodyText)),
  ].filter((entry): entry is ScriptParagraph => entry !== null);
}

/** The script as one text, for counting and for tests. */
export function scriptText(paragraphs: ScriptParagraph[]): string {
  return paragraphs.map((p) => p.text).join("\n\n");
}
