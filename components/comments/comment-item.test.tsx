import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CommentThreadJson } from "@/lib/comments/dto";
import { CommentsIsland } from "./comments-island";

function render(body: string) {
  const comment: CommentThreadJson = {
    id: "c1",
    authorName: '<img src=x onerror="alert(1)">',
    body,
    createdAt: "2026-11-27T09:05:00.000Z",
    edited: false,
    removed: null,
    replies: [],
  };
  return renderToStaticMarkup(
    <CommentsIsland
      articleId="a1"
      mode="OPEN"
      path="/a-story"
      timeZone="Europe/Kyiv"
      count={1}
      threads={[comment]}
      headingId="comments-heading"
    />,
  );
}

describe("a reader's comment, as rendered", () => {
  it("shows markup and scripts as text, never as elements", () => {
    const html = render(
      "<script>alert('x')</script>\n<b>bold</b> <a href=\"javascript:alert(1)\">click</a>\n\n<iframe src=//evil.example></iframe>",
    );
    expect(html).not.toMatch(/<script|<b>|<iframe|<img/i);
    expect(html).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    // The only anchors are the permalink and the sign-in links: no javascript: href.
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain("dangerouslySetInnerHTML");
  });

  it("links web addresses with nofollow ugc noopener, and nothing else", () => {
    const html = render("Source: https://example.org/report?id=7, and javascript:alert(1) too");
    expect(html).toContain(
      '<a href="https://example.org/report?id=7" rel="nofollow ugc noopener">https://example.org/report?id=7</a>',
    );
    expect(html).toContain(", and javascript:alert(1) too");
  });

  it("keeps paragraphs and line breaks as text, and long words whole for CSS to wrap", () => {
    const long = "a".repeat(3000);
    const html = render(`First line\nsecond line\n\n${long}`);
    expect(html).toContain("<p>First line\nsecond line</p>");
    expect(html).toContain(`<p>${long}</p>`);
    const css = readFileSync(path.resolve("app/styles/comments.css"), "utf8");
    expect(css).toMatch(/\.comment \{[^}]*overflow-wrap: anywhere;/);
    expect(css).toMatch(/\.comment-body p \{[^}]*white-space: pre-line;/);
  });

  it("renders the signed-out state for everyone: a sign-in link, no personal data", () => {
    const html = render("Hello");
    expect(html).toContain('href="/comments/sign-in?returnTo=%2Fa-story"');
    expect(html).toContain("Sign in to comment");
    expect(html).not.toContain("Signed in as");
  });
});
