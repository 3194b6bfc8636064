// The article body's shape is inferred from its zod schema, which stays the
// one definition; named here so components take every type from a dto module.
export type {
  ArticleDocument,
  BlockNode,
  EmbedProvider,
  InlineNode,
  Mark,
  TextNode,
} from "./schema";
