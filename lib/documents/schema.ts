import { z } from "zod";
import { isSafeHref } from "./links";

/**
 * The article body: a ProseMirror-style JSON document using Tiptap's node
 * names, so the editor can load and save it without conversion. This schema
 * is the only shape the server accepts; the public renderer
 * (components/article/article-body.tsx) draws exactly these nodes.
 */

const safeHref = z.string().trim().max(2048).refine(isSafeHref, {
  message: "Links must be http(s), mailto or site-relative",
});

export const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: safeHref }) }),
]);

export const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(20_000),
  marks: z
    .array(markSchema)
    .max(3)
    .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, {
      message: "Each mark may be applied once",
    })
    .optional(),
});

export const inlineSchema = z.discriminatedUnion("type", [
  textNodeSchema,
  z.object({ type: z.literal("hardBreak") }),
]);

const inlineContent = z.array(inlineSchema).max(2_000).optional();

export const paragraphSchema = z.object({ type: z.literal("paragraph"), content: inlineContent });

const listItemSchema = z.object({
  type: z.literal("listItem"),
  content: z.array(paragraphSchema).min(1).max(20),
});

export const EMBED_PROVIDERS = [
  "youtube",
  "vimeo",
  "x",
  "bluesky",
  "telegram",
  "soundcloud",
] as const;

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** Each provider as readers know it: in the editor, on the page and in feeds. */
export const EMBED_PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: "YouTube",
  vimeo: "Vimeo",
  x: "X",
  bluesky: "Bluesky",
  telegram: "Telegram",
  soundcloud: "SoundCloud",
};

export const blockSchema = z.discriminatedUnion("type", [
  paragraphSchema,
  z.object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
    content: inlineContent,
  }),
  z.object({ type: z.literal("blockquote"), content: z.array(paragraphSchema).min(1).max(20) }),
  z.object({
    type: z.literal("pullQuote"),
    attrs: z.object({ attribution: z.string().max(200).default("") }),
    content: inlineContent,
  }),
  z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1).max(100) }),
  z.object({ type: z.literal("orderedList"), content: z.array(listItemSchema).min(1).max(100) }),
  z.object({
    type: z.literal("image"),
    attrs: z.object({
      mediaId: z.string().min(1).max(64),
      alt: z.string().max(500).default(""),
      caption: z.string().max(1000).default(""),
      credit: z.string().max(300).default(""),
    }),
  }),
  z.object({
    type: z.literal("embed"),
    attrs: z.object({
      provider: z.enum(EMBED_PROVIDERS),
      url: z.url({ protocol: /^https$/ }).max(2048),
      caption: z.string().max(1000).default(""),
    }),
  }),
  z.object({
    type: z.literal("relatedArticle"),
    attrs: z.object({ articleId: z.string().min(1).max(64) }),
  }),
  z.object({ type: z.literal("horizontalRule") }),
]);

export const documentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(5_000),
});

export type Mark = z.infer<typeof markSchema>;
export type TextNode = z.infer<typeof textNodeSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;
export type BlockNode = z.infer<typeof blockSchema>;
export type ArticleDocument = z.infer<typeof documentSchema>;

export const emptyDocument: ArticleDocument = { type: "doc", content: [] };
