import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { ArticleBody } from "./article-body";

function render(input: unknown, related: Record<string, ArticleSummaryDto> = {}) {
  return renderToStaticMarkup(
    <ArticleBody document={sanitizeDocument(input)} media={{}} related={related} />,
  );
}

const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

describe("ArticleBody", () => {
  it("renders the editor's blocks as semantic HTML", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            text("Plain "),
            text("strong", [{ type: "bold" }]),
            text(" and "),
            text("link", [{ type: "link", attrs: { href: "https://example.com/a" } }]),
          ],
        },
        { type: "heading", attrs: { level: 2 }, content: [text("What happened")] },
        {
          type: "pullQuote",
          attrs: { attribution: "A medic" },
          content: [text("We kept working.")],
        },
        {
          type: "orderedList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [text("First")] }] },
          ],
        },
        { type: "horizontalRule" },
      ],
    });
    expect(html).toContain(
      '<p>Plain <strong>strong</strong> and <a href="https://example.com/a" rel="noopener noreferrer">link</a></p>',
    );
    expect(html).toContain("<h2>What happened</h2>");
    expect(html).toContain(
      '<figure class="pull-quote"><blockquote><p>We kept working.</p></blockquote><figcaption>A medic</figcaption></figure>',
    );
    expect(html).toContain("<ol><li>First</li></ol>");
    expect(html).toContain("<hr/>");
  });

  it("renders hostile text as text", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [text("<script>alert(1)</script><img src=x onerror=alert(1)>")],
        },
        { type: "paragraph", content: [text('"><svg onload=alert(1)>')] },
      ],
    });
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("never emits script URLs, event handlers or unknown nodes", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])],
        },
        {
          type: "paragraph",
          content: [text("y", [{ type: "link", attrs: { href: "JaVaScRiPt:alert(1)" } }])],
        },
        {
          type: "paragraph",
          content: [text("z", [{ type: "link", attrs: { href: "java\tscript:alert(1)" } }])],
        },
        { type: "paragraph", attrs: { onmouseover: "alert(1)" }, content: [text("attrs")] },
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "embed", attrs: { provider: "youtube", url: "javascript:alert(1)" } },
        { type: "svg", content: [{ type: "script", text: "alert(1)" }] },
      ],
    });
    expect(html).not.toMatch(/javascript:|onmouseover|onerror|<iframe|<svg|<script/i);
    expect(html).toBe('<div class="article-body"><p>attrs</p></div>');
  });

  it("shows embeds as links, loading nothing from other hosts", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "embed",
          attrs: {
            provider: "youtube",
            url: "https://www.youtube.com/watch?v=abc",
            caption: "Footage",
          },
        },
      ],
    });
    expect(html).toContain('href="https://www.youtube.com/watch?v=abc"');
    expect(html).not.toContain("<iframe");
    expect(html).toContain("<figcaption>Footage</figcaption>");
  });

  it("places a related-article card only for an article it was given", () => {
    const related: ArticleSummaryDto = {
      id: "a1",
      slug: "editorial-older-view",
      edition: "en",
      title: "Editorial: An older view",
      standfirst: "Why it matters.",
      type: "EDITORIAL",
      section: null,
      authors: [],
      publishedAt: new Date("2026-11-01T00:00:00Z"),
      hero: null,
      readingMinutes: 3,
      live: false,
    };
    const doc = {
      type: "doc",
      content: [
        { type: "relatedArticle", attrs: { articleId: "a1" } },
        { type: "relatedArticle", attrs: { articleId: "missing" } },
      ],
    };
    const html = render(doc, { a1: related });
    expect(html.match(/related-card"/g)).toHaveLength(1);
    expect(html).toContain('href="/editorial-older-view"');
    expect(html).toContain('<span class="kicker">Editorial</span>');
  });
});
