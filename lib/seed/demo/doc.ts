import type { ArticleDocument, BlockNode, InlineNode, Mark } from "../../documents/schema.ts";
import type { DemoImage } from "./types.ts";

/**
 * Builders for body documents. Paragraph text uses a tiny markup so the
 * templates stay readable: **bold**, _italic_ and [link text](https://…).
 * Empty text nodes are never produced.
 */

const MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|_([^_]+)_/g;

export function inline(markup: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const push = (text: string, marks?: Mark[]) => {
    if (!text) return;
    nodes.push(marks ? { type: "text", text, marks } : { type: "text", text });
  };
  let last = 0;
  for (const match of markup.matchAll(MARKUP)) {
    const start = match.index ?? 0;
    push(markup.slice(last, start));
    if (match[1] !== undefined && match[2] !== undefined) {
      push(match[1], [{ type: "link", attrs: { href: match[2] } }]);
    } else if (match[3] !== undefined) {
      push(match[3], [{ type: "bold" }]);
    } else if (match[4] !== undefined) {
      push(match[4], [{ type: "italic" }]);
    }
    last = start + match[0].length;
  }
  push(markup.slice(last));
  return nodes;
}

/** Plain text of a markup string (marks removed). */
export function plain(markup: string): string {
  return markup.replace(
    MARKUP,
    (_all, link?: string, _href?: string, bold?: string, italic?: string) => {
      return link ?? bold ?? italic ?? "";
    },
  );
}

export function paragraph(markup: string): BlockNode {
  return { type: "paragraph", content: inline(markup) };
}

export function heading(text: string, level: 2 | 3 = 2): BlockNode {
  return { type: "heading", attrs: { level }, content: inline(text) };
}

export function blockquote(...paragraphs: string[]): BlockNode {
  return {
    type: "blockquote",
    content: paragraphs.map((text) => ({ type: "paragraph" as const, content: inline(text) })),
  };
}

export function pullQuote(text: string, attribution: string): BlockNode {
  return { type: "pullQuote", attrs: { attribution }, content: inline(text) };
}

export function bulletList(items: readonly string[]): BlockNode {
  return {
    type: "bulletList",
    content: items.map((item) => ({
      type: "listItem" as const,
      content: [{ type: "paragraph" as const, content: inline(item) }],
    })),
  };
}

export function orderedList(items: readonly string[]): BlockNode {
  return {
    type: "orderedList",
    content: items.map((item) => ({
      type: "listItem" as const,
      content: [{ type: "paragraph" as const, content: inline(item) }],
    })),
  };
}

export function imageBlock(image: DemoImage): BlockNode {
  return {
    type: "image",
    attrs: {
      mediaId: `demo:${image.key}`,
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
    },
  };
}

export function horizontalRule(): BlockNode {
  return { type: "horizontalRule" };
}

export function documentOf(blocks: BlockNode[]): ArticleDocument {
  return { type: "doc", content: blocks };
}

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

function withCommas(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

/** News style: one to nine in words, 10 and up in figures with commas. */
export function num(n: number): string {
  return n >= 0 && n < 10 ? (SMALL[n] ?? String(n)) : withCommas(n);
}

/** Like `num`, capitalized for the start of a sentence. */
export function Num(n: number): string {
  const text = num(n);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Figures with commas, for headlines. */
export function fig(n: number): string {
  return withCommas(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** "a" or "an" before a number written in figures ("an 8-year-old", "an 11-year-old"). */
export function aOrAn(n: number, capital = false): string {
  const text = String(n);
  const an = text.startsWith("8") || text === "11" || text === "18" || /^1[18]\d{3}$/.test(text);
  const word = an ? "an" : "a";
  return capital ? capitalize(word) : word;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function countWordsOf(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}
