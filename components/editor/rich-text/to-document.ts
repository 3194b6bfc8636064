import type { JSONContent } from "@tiptap/react";
import { isSafeHref } from "@/lib/documents/links";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { documentSchema } from "@/lib/documents/schema";
import type { ArticleDocument, BlockNode, InlineNode, Mark } from "@/lib/documents/dto";
import { detectEmbed } from "./embed-url";
import { MAX_HREF_LENGTH } from "./link-href";

// Limits of lib/documents/schema.ts, repeated so that oversized content is
// split or clipped here instead of failing validation as a whole.
const MAX_BLOCKS = 5_000;
const MAX_INLINE = 2_000;
const MAX_TEXT = 20_000;
const MAX_QUOTE_PARAGRAPHS = 20;
const MAX_ITEM_PARAGRAPHS = 20;
const MAX_LIST_ITEMS = 100;

type Paragraph = { type: "paragraph"; content?: InlineNode[] };
type ListItem = { type: "listItem"; content: Paragraph[] };
type Json = Record<string, unknown>;

const MARK_ORDER: Record<Mark["type"], number> = { bold: 0, italic: 1, link: 2 };

/**
 * Turns the editor's JSON (or anything else) into an article body document
 * that passes `documentSchema`: unknown nodes and marks are dropped, unsafe
 * links lose their link, empty blocks disappear, attributes are trimmed, and
 * content over the schema's limits is split into further blocks.
 */
export function toArticleDocument(input: unknown): ArticleDocument {
  const content = children(isRecord(input) && input.type === "doc" ? input.content : undefined)
    .flatMap(toBlocks)
    .slice(0, MAX_BLOCKS);
  const document: ArticleDocument = { type: "doc", content };
  const parsed = documentSchema.safeParse(document);
  // Unreachable by construction; the block-by-block filter keeps the promise
  // that the result always validates even if the two ever drift apart.
  return parsed.success ? parsed.data : sanitizeDocument(document);
}

/** The editor needs at least one block to place the cursor in. */
export function toEditorContent(document: ArticleDocument): JSONContent {
  return document.content.length > 0
    ? (document as JSONContent)
    : { type: "doc", content: [{ type: "paragraph" }] };
}

/** Heading levels the schema allows: h1 becomes h2, h5 and h6 become h4. */
export function clampHeadingLevel(level: unknown): 2 | 3 | 4 {
  const value = typeof level === "number" ? level : Number(level);
  if (value === 3) return 3;
  if (value >= 4) return 4;
  return 2;
}

function toBlocks(node: Json): BlockNode[] {
  const attrs = isRecord(node.attrs) ? node.attrs : {};
  switch (node.type) {
    case "paragraph":
      return toParagraphs(node);
    case "heading": {
      const content = toInline(node.content);
      if (!hasText(content)) return [];
      return [
        {
          type: "heading",
          attrs: { level: clampHeadingLevel(attrs.level) },
          content: content.slice(0, MAX_INLINE),
        },
      ];
    }
    case "pullQuote": {
      const content = toInline(node.content);
      if (!hasText(content)) return [];
      return [
        {
          type: "pullQuote",
          attrs: { attribution: clip(text(attrs.attribution), 200) },
          content: content.slice(0, MAX_INLINE),
        },
      ];
    }
    case "blockquote":
      return chunk(flattenParagraphs(node.content), MAX_QUOTE_PARAGRAPHS).map((content) => ({
        type: "blockquote",
        content,
      }));
    case "bulletList":
    case "orderedList": {
      const type = node.type;
      const items = children(node.content).flatMap(toListItems);
      return chunk(items, MAX_LIST_ITEMS).map((content) => ({ type, content }));
    }
    case "image": {
      const mediaId = text(attrs.mediaId);
      if (!mediaId || mediaId.length > 64) return [];
      return [
        {
          type: "image",
          attrs: {
            mediaId,
            alt: clip(text(attrs.alt), 500),
            caption: clip(text(attrs.caption), 1000),
            credit: clip(text(attrs.credit), 300),
          },
        },
      ];
    }
    case "embed": {
      const detected = detectEmbed(text(attrs.url));
      if (!detected.ok) return [];
      return [
        {
          type: "embed",
          attrs: {
            provider: detected.provider,
            url: detected.url,
            caption: clip(text(attrs.caption), 1000),
          },
        },
      ];
    }
    case "relatedArticle": {
      const articleId = text(attrs.articleId);
      return articleId && articleId.length <= 64
        ? [{ type: "relatedArticle", attrs: { articleId } }]
        : [];
    }
    case "horizontalRule":
      return [{ type: "horizontalRule" }];
    default:
      return [];
  }
}

function toParagraphs(node: Json): Paragraph[] {
  const content = toInline(node.content);
  if (!hasText(content)) return [];
  return chunk(content, MAX_INLINE).map((part) => ({ type: "paragraph", content: part }));
}

/** Paragraphs inside a quote or list item; other text blocks keep their text. */
function flattenParagraphs(content: unknown): Paragraph[] {
  return children(content).flatMap((child) => {
    switch (child.type) {
      case "paragraph":
      case "heading":
      case "pullQuote":
        return toParagraphs(child);
      case "blockquote":
      case "bulletList":
      case "orderedList":
      case "listItem":
        return flattenParagraphs(child.content);
      default:
        return [];
    }
  });
}

function toListItems(node: Json): ListItem[] {
  if (node.type !== "listItem") return [];
  return chunk(flattenParagraphs(node.content), MAX_ITEM_PARAGRAPHS).map((content) => ({
    type: "listItem",
    content,
  }));
}

function toInline(content: unknown): InlineNode[] {
  const result: InlineNode[] = [];
  for (const node of children(content)) {
    if (node.type === "hardBreak") {
      result.push({ type: "hardBreak" });
      continue;
    }
    if (node.type !== "text" || typeof node.text !== "string" || node.text === "") continue;
    const marks = toMarks(node.marks);
    const previous = result.at(-1);
    if (previous?.type === "text" && sameMarks(previous.marks, marks)) {
      previous.text += node.text;
    } else {
      result.push(
        marks ? { type: "text", text: node.text, marks } : { type: "text", text: node.text },
      );
    }
  }
  while (result[0]?.type === "hardBreak") result.shift();
  while (result.at(-1)?.type === "hardBreak") result.pop();
  return result.flatMap((node) =>
    node.type === "text" && node.text.length > MAX_TEXT
      ? splitText(node.text).map((part) => ({ ...node, text: part }))
      : [node],
  );
}

function toMarks(input: unknown): Mark[] | undefined {
  const marks: Mark[] = [];
  for (const mark of children(input)) {
    if (marks.some((existing) => existing.type === mark.type)) continue;
    if (mark.type === "bold" || mark.type === "italic") {
      marks.push({ type: mark.type });
    } else if (mark.type === "link") {
      const href = text(isRecord(mark.attrs) ? mark.attrs.href : undefined);
      if (href.length <= MAX_HREF_LENGTH && isSafeHref(href)) {
        marks.push({ type: "link", attrs: { href } });
      }
    }
  }
  marks.sort((a, b) => MARK_ORDER[a.type] - MARK_ORDER[b.type]);
  return marks.length > 0 ? marks : undefined;
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function hasText(content: InlineNode[]): boolean {
  return content.some((node) => node.type === "text" && node.text.trim() !== "");
}

function splitText(value: string): string[] {
  const parts: string[] = [];
  let rest = value;
  while (rest.length > MAX_TEXT) {
    const part = clip(rest, MAX_TEXT);
    parts.push(part);
    rest = rest.slice(part.length);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Cuts to `max` UTF-16 units without leaving half of a surrogate pair. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function children(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    chunks.push(items.slice(index, index + size));
  }
  return chunks;
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
