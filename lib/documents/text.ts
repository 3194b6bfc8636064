import type { ArticleDocument, BlockNode, InlineNode } from "./schema";

/** Plain text of inline content. */
export function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

/** Reading text of one block, in reading order (images and cards excluded). */
export function blockText(block: BlockNode): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "pullQuote":
      return inlineText(block.content);
    case "blockquote":
      return block.content.map((p) => inlineText(p.content)).join("\n");
    case "bulletList":
    case "orderedList":
      return block.content
        .map((item) => item.content.map((p) => inlineText(p.content)).join("\n"))
        .join("\n");
    default:
      return "";
  }
}

export function documentText(document: ArticleDocument): string {
  return document.content.map(blockText).filter(Boolean).join("\n\n");
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}

/** Minutes at 230 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
