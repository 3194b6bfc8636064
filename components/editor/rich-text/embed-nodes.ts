import { Node, ReactNodeViewRenderer, mergeAttributes, type Attribute } from "@tiptap/react";
import { detectEmbed } from "./embed-url";
import { EmbedView } from "./embed-view";
import { ImageView } from "./image-view";
import { RelatedArticleView } from "./related-article-view";

/** A string attribute kept in a data-* attribute, so copy and paste inside the editor keeps it. */
function dataAttribute(key: string, name: string): Attribute {
  return {
    default: "",
    parseHTML: (element) => element.getAttribute(`data-${name}`) ?? "",
    renderHTML: (attributes) => ({ [`data-${name}`]: attributes[key] }),
  };
}

const atom = { group: "block", atom: true, selectable: true, draggable: true } as const;

export const ImageBlock = Node.create({
  name: "image",
  ...atom,
  addAttributes() {
    return {
      mediaId: dataAttribute("mediaId", "media-id"),
      alt: dataAttribute("alt", "alt"),
      caption: dataAttribute("caption", "caption"),
      credit: dataAttribute("credit", "credit"),
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="image"][data-media-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes({ "data-type": "image" }, HTMLAttributes)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});

export const EmbedBlock = Node.create({
  name: "embed",
  ...atom,
  addAttributes() {
    return {
      provider: dataAttribute("provider", "provider"),
      url: dataAttribute("url", "url"),
      caption: dataAttribute("caption", "caption"),
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-type="embed"]',
        getAttrs: (element) =>
          detectEmbed(element.getAttribute("data-url") ?? "").ok ? null : false,
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes({ "data-type": "embed" }, HTMLAttributes)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(EmbedView);
  },
});

export const RelatedArticleBlock = Node.create({
  name: "relatedArticle",
  ...atom,
  addAttributes() {
    return { articleId: dataAttribute("articleId", "article-id") };
  },
  parseHTML() {
    return [{ tag: 'aside[data-type="related-article"][data-article-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["aside", mergeAttributes({ "data-type": "related-article" }, HTMLAttributes)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(RelatedArticleView);
  },
});
