import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deliverIslands, ISLANDS_MANIFEST, loadIslandsDelivery } from "./islands-delivery";

const delivery = { entry: "/_next/static/islands/islands-ABC123.js" };

// The shape of a page as Next 16 sends it, cut down.
function page(marked: boolean, island = true) {
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    '<link rel="stylesheet" href="/_next/static/chunks/0a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0b.js"/>',
    '<script src="/_next/static/chunks/0c.js" async=""></script>',
    '<script src="/_next/static/chunks/0d.js" noModule=""></script>',
    '<link rel="preload" href="/fonts/serif.woff2" as="font" crossorigin="" type="font/woff2"/>',
    "</head><body>",
    marked ? '<span hidden="" data-delivery="islands"></span>' : "",
    '<script type="application/ld+json">{"@type":"WebSite"}</script>',
    island
      ? '<div class="island" data-island="nav-more" data-props="{&quot;links&quot;:[]}"><details></details></div>'
      : "",
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:\\u003cp\\u003e"])</script>',
    '<div hidden id="S:0"><p>Late</p></div><script>$RC("B:0","S:0")</script>',
    "</body></html>",
  ].join("");
}

describe("deliverIslands", () => {
  it("drops Next's scripts, preloads and flight data from a page that asks", () => {
    const html = deliverIslands(page(true), delivery);
    expect(html).not.toContain("/_next/static/chunks/0b.js");
    expect(html).not.toContain("/_next/static/chunks/0c.js");
    expect(html).not.toContain("/_next/static/chunks/0d.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
  });

  it("keeps stylesheets, font preloads, JSON-LD and React's own Suspense scripts", () => {
    const html = deliverIslands(page(true), delivery);
    expect(html).toContain('href="/_next/static/chunks/0a.css"');
    expect(html).toContain('href="/fonts/serif.woff2"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>');
    expect(html).toContain('<script>$RC("B:0","S:0")</script>');
    expect(html).toContain('data-island="nav-more"');
  });

  it("adds the islands' module once, at the end of the body", () => {
    const html = deliverIslands(page(true), delivery);
    const tag = `<script type="module" src="${delivery.entry}"></script>`;
    expect(html.split(tag)).toHaveLength(2);
    expect(html.endsWith(`${tag}</body></html>`)).toBe(true);
  });

  it("adds it at the very end of a page without a closing body tag", () => {
    const html = deliverIslands(page(true).replace("</body></html>", ""), delivery);
    expect(html.endsWith(`<script type="module" src="${delivery.entry}"></script>`)).toBe(true);
  });

  it("sends no script at all to a page without islands", () => {
    const html = deliverIslands(page(true, false), delivery);
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain("/_next/static/chunks/0c.js");
  });

  it("leaves every other page as it is, the same object", () => {
    const text = page(false);
    expect(deliverIslands(text, delivery)).toBe(text);
    const bytes = Buffer.from(text);
    expect(deliverIslands(bytes, delivery)).toBe(bytes);
  });

  it("reads a page that arrives as bytes", () => {
    const html = deliverIslands(Buffer.from(page(true)), delivery);
    expect(typeof html).toBe("string");
    expect(html).not.toContain("__next_f");
  });
});

describe("stylesheets on an islands page", () => {
  const sheets: Record<string, string | null> = {
    "/_next/static/chunks/0a.css": ".story{margin:0}",
  };
  const withStyles = { ...delivery, stylesheet: (href: string) => sheets[href] ?? null };

  it("are written into the page where their links were", () => {
    const html = deliverIslands(page(true), withStyles);
    expect(html).not.toContain('href="/_next/static/chunks/0a.css"');
    expect(html).toContain("<head><style>.story{margin:0}</style>");
  });

  it("stay linked when the build cannot give them, and on every other page", () => {
    sheets["/_next/static/chunks/0a.css"] = null;
    expect(deliverIslands(page(true), withStyles)).toContain('href="/_next/static/chunks/0a.css"');
    sheets["/_next/static/chunks/0a.css"] = ".story{margin:0}";
    expect(deliverIslands(page(false), withStyles)).toContain('href="/_next/static/chunks/0a.css"');
  });

  it("are read from the build once each, and left linked if they could not be inlined", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "islands-"));
    try {
      fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
      fs.writeFileSync(path.join(dir, ISLANDS_MANIFEST), JSON.stringify(delivery));
      const write = (name: string, css: string) =>
        fs.writeFileSync(path.join(dir, "static", "chunks", name), css);
      write("a.css", "@font-face{src:url(/fonts/a.woff2)}");
      write("b.css", ".x{background:url(images/b.png)}");
      write("c.css", ".y{content:'</style>'}");
      const { stylesheet } = loadIslandsDelivery(dir)!;
      expect(stylesheet!("/_next/static/chunks/a.css")).toBe("@font-face{src:url(/fonts/a.woff2)}");
      write("a.css", "changed");
      expect(stylesheet!("/_next/static/chunks/a.css")).toBe("@font-face{src:url(/fonts/a.woff2)}");
      expect(stylesheet!("/_next/static/chunks/b.css")).toBeNull();
      expect(stylesheet!("/_next/static/chunks/c.css")).toBeNull();
      expect(stylesheet!("/_next/static/chunks/missing.css")).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("loadIslandsDelivery", () => {
  it("reads the build's manifest, and answers null without one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "islands-"));
    try {
      expect(loadIslandsDelivery(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, ISLANDS_MANIFEST), JSON.stringify(delivery));
      expect(loadIslandsDelivery(dir)).toMatchObject(delivery);
      fs.writeFileSync(
        path.join(dir, ISLANDS_MANIFEST),
        JSON.stringify({ entry: "//elsewhere.js" }),
      );
      expect(loadIslandsDelivery(dir)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
