import type { ImageDto } from "@/lib/articles/dto";
import { isSafeHref } from "@/lib/documents/links";
import {
  EMBED_PROVIDER_NAMES,
  type ArticleDocument,
  type BlockNode,
  type InlineNode,
} from "@/lib/documents/schema";
import { absoluteUrl } from "./urls";
import { escapeText, escapeXml } from "./xml";

/**
 * An article body as the plain HTML feed readers expect in
 * `content:encoded`. Like the page renderer it draws only the document's
 * known nodes, escapes every text, and checks every link again; feed readers
 * show it away from the site, so site-relative links and images are made
 * absolute. Related-article cards are promotions for the site's own pages
 * and are left out.
 */

export function documentToHtml(
  document: ArticleDocument,
  media: Record<string, ImageDto>,
  siteUrl?: string,
): string {
  return document.content.map((block) => blockHtml(block, media, siteUrl)).join("");
}

function blockHtml(block: BlockNode, media: Record<string, ImageDto>, siteUrl?: string): string {
  const inline = (nodes: InlineNode[] | undefined) => inlineHtml(nodes, siteUrl);
  switch (block.type) {
    case "paragraph":
      return block.content?.length ? `<p>${inline(block.content)}</p>` : "";
    case "heading":
      return block.content?.length
        ? `<h${block.attrs.level}>${inline(block.content)}</h${block.attrs.level}>`
        : "";
    case "blockquote":
      return `<blockquote>${block.content.map((p) => `<p>${inline(p.content)}</p>`).join("")}</blockquote>`;
    case "pullQuote":
      return (
        `<blockquote><p>${inline(block.content)}</p>` +
        `${block.attrs.attribution ? `<p>— ${escapeText(block.attrs.attribution)}</p>` : ""}</blockquote>`
      );
    case "bulletList":
    case "orderedList": {
      const tag = block.type === "bulletList" ? "ul" : "ol";
      const items = block.content.map(
        (item) => `<li>${item.content.map((p) => `<p>${inline(p.content)}</p>`).join("")}</li>`,
      );
      return `<${tag}>${items.join("")}</${tag}>`;
    }
    case "image": {
      const image = media[block.attrs.mediaId];
      if (!image) return "";
      return figureHtml(
        {
          ...image,
          alt: block.attrs.alt || image.alt,
          caption: block.attrs.caption || image.caption,
          credit: block.attrs.credit || image.credit,
        },
        siteUrl,
      );
    }
    case "embed": {
      const name = EMBED_PROVIDER_NAMES[block.attrs.provider] ?? "External";
      const caption = block.attrs.caption ? ` ${escapeText(block.attrs.caption)}` : "";
      return `<p><a href="${escapeXml(block.attrs.url)}">${escapeText(name)}: ${escapeText(block.attrs.url)}</a>${caption}</p>`;
    }
    case "horizontalRule":
      return "<hr/>";
    default:
      return "";
  }
}

/** A figure with its caption and credit, as on the page. */
export function figureHtml(image: ImageDto, siteUrl?: string): string {
  // Credits are stored as the page shows them ("(Name/Agency)").
  const caption = [image.caption, image.credit].filter(Boolean).join(" ");
  return (
    `<figure><img src="${escapeXml(absoluteUrl(image.src, siteUrl))}" alt="${escapeXml(image.alt)}"` +
    ` width="${image.width}" height="${image.height}"/>` +
    `${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ""}</figure>`
  );
}

function inlineHtml(nodes: InlineNode[] | undefined, siteUrl?: string): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "<br/>";
      let html = escapeText(node.text);
      const marks = node.marks ?? [];
      if (marks.some((mark) => mark.type === "italic")) html = `<em>${html}</em>`;
      if (marks.some((mark) => mark.type === "bold")) html = `<strong>${html}</strong>`;
      const link = marks.find((mark) => mark.type === "link");
      if (link?.type === "link" && isSafeHref(link.attrs.href)) {
        const href = link.attrs.href.trim();
        const target = href.startsWith("/") ? absoluteUrl(href, siteUrl) : href;
        html = `<a href="${escapeXml(target)}">${html}</a>`;
      }
      return html;
    })
    .join("");
}
