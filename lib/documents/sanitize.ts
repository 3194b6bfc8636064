import { blockSchema, type ArticleDocument, type BlockNode } from "./schema";

/**
 * Reads a stored document for display. Blocks that do not match the schema
 * (unknown types, unsafe links, malformed attributes) are dropped one by one,
 * so a single bad block never takes the whole article down.
 */
export function sanitizeDocument(input: unknown): ArticleDocument {
  const content: BlockNode[] = [];
  const blocks = (input as { content?: unknown } | null)?.content;
  if (Array.isArray(blocks)) {
    for (const block of blocks) {
      const parsed = blockSchema.safeParse(block);
      if (parsed.success) content.push(parsed.data);
    }
  }
  return { type: "doc", content };
}

/** Ids of media and articles a document refers to, for one batched lookup. */
export function documentReferences(document: ArticleDocument): {
  mediaIds: string[];
  articleIds: string[];
} {
  const mediaIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const block of document.content) {
    if (block.type === "image") mediaIds.add(block.attrs.mediaId);
    if (block.type === "relatedArticle") articleIds.add(block.attrs.articleId);
  }
  return { mediaIds: [...mediaIds], articleIds: [...articleIds] };
}
