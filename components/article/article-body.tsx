import Image from "next/image";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { ArticleSummaryDto, ImageDto } from "@/lib/articles/dto";
import { TYPE_LABELS } from "@/lib/articles/labels";
import { EMBED_PROVIDER_NAMES } from "@/lib/documents/schema";
import type { ArticleDocument, BlockNode, InlineNode } from "@/lib/documents/dto";
import { isExternalHref, isSafeHref } from "@/lib/documents/links";
import { Figure } from "./figure";

/**
 * Renders an article body from its structured document. Only the node types
 * below produce output; anything else is dropped. Text is always rendered as
 * React text (escaped), never as HTML, and links are checked again here.
 */
export function ArticleBody({
  document,
  media,
  related,
}: {
  document: ArticleDocument;
  media: Record<string, ImageDto>;
  related: Record<string, ArticleSummaryDto>;
}) {
  return (
    <div className="article-body">
      {document.content.map((block, index) => (
        <Block key={index} block={block} media={media} related={related} />
      ))}
    </div>
  );
}

function Block({
  block,
  media,
  related,
}: {
  block: BlockNode;
  media: Record<string, ImageDto>;
  related: Record<string, ArticleSummaryDto>;
}): ReactNode {
  switch (block.type) {
    case "paragraph":
      return block.content?.length ? (
        <p>
          <Inline nodes={block.content} />
        </p>
      ) : null;
    case "heading": {
      if (!block.content?.length) return null;
      const Tag = `h${block.attrs.level}` as "h2" | "h3" | "h4";
      return (
        <Tag>
          <Inline nodes={block.content} />
        </Tag>
      );
    }
    case "blockquote":
      return (
        <blockquote>
          {block.content.map((p, i) => (
            <p key={i}>
              <Inline nodes={p.content} />
            </p>
          ))}
        </blockquote>
      );
    case "pullQuote":
      return (
        <figure className="pull-quote">
          <blockquote>
            <p>
              <Inline nodes={block.content} />
            </p>
          </blockquote>
          {block.attrs.attribution ? <figcaption>{block.attrs.attribution}</figcaption> : null}
        </figure>
      );
    case "bulletList":
    case "orderedList": {
      const List = block.type === "bulletList" ? "ul" : "ol";
      return (
        <List>
          {block.content.map((item, i) => (
            <li key={i}>
              {item.content.length === 1 ? (
                <Inline nodes={item.content[0]!.content} />
              ) : (
                item.content.map((p, j) => (
                  <p key={j}>
                    <Inline nodes={p.content} />
                  </p>
                ))
              )}
            </li>
          ))}
        </List>
      );
    }
    case "image": {
      const image = media[block.attrs.mediaId];
      if (!image) return null;
      return (
        <Figure
          image={{
            ...image,
            alt: block.attrs.alt || image.alt,
            caption: block.attrs.caption || image.caption,
            credit: block.attrs.credit || image.credit,
          }}
          sizes="(min-width: 760px) 680px, 100vw"
          className="article-figure"
        />
      );
    }
    case "embed":
      // A link, not a third-party iframe: nothing loads from other hosts
      // unless the reader follows it.
      return (
        <figure className="embed">
          <a href={block.attrs.url} rel="noopener noreferrer nofollow" className="embed-link">
            <span className="embed-provider">
              {EMBED_PROVIDER_NAMES[block.attrs.provider] ?? "External"}
            </span>
            <span className="embed-url">{block.attrs.url.replace(/^https:\/\//, "")}</span>
          </a>
          {block.attrs.caption ? <figcaption>{block.attrs.caption}</figcaption> : null}
        </figure>
      );
    case "relatedArticle": {
      const article = related[block.attrs.articleId];
      if (!article) return null;
      const label = TYPE_LABELS[article.type] ?? "Read also";
      return (
        <aside className="related-card" aria-label="Related article">
          <Link href={`/${article.slug}`}>
            <span className="related-card-text">
              <span className="kicker">{label}</span>
              <span className="related-card-title">{article.title}</span>
              {article.standfirst ? (
                <span className="related-card-standfirst">{article.standfirst}</span>
              ) : null}
            </span>
            {article.hero ? (
              <Image
                src={article.hero.src}
                alt=""
                width={240}
                height={135}
                sizes="240px"
                className="related-card-image"
              />
            ) : null}
          </Link>
        </aside>
      );
    }
    case "horizontalRule":
      return <hr />;
    default:
      return null;
  }
}

function Inline({ nodes }: { nodes: InlineNode[] | undefined }): ReactNode {
  return (nodes ?? []).map((node, index) => {
    if (node.type === "hardBreak") return <br key={index} />;
    if (node.type !== "text") return null;
    let content: ReactNode = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") content = <strong>{content}</strong>;
      else if (mark.type === "italic") content = <em>{content}</em>;
      else if (mark.type === "link" && isSafeHref(mark.attrs.href)) {
        content = isExternalHref(mark.attrs.href) ? (
          <a href={mark.attrs.href} rel="noopener noreferrer">
            {content}
          </a>
        ) : (
          <a href={mark.attrs.href}>{content}</a>
        );
      }
    }
    return <Fragment key={index}>{content}</Fragment>;
  });
}
