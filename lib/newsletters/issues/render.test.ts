import { describe, expect, it } from "vitest";
import { introParagraphs, renderIssueEmail, type IssueContent } from "./render";

const content: IssueContent = {
  siteName: "The Northern Dispatch",
  siteUrl: "https://dispatch.example/",
  newsletter: {
    id: "nl1",
    name: "Morning Briefing",
    senderName: "Desk",
    senderEmail: "desk@dispatch.example",
  },
  subject: "Night of drones <over> Kyiv & Odesa",
  intro: "Good morning.\r\n\nTwo things\nto know today.\n\n\n",
  stories: [
    {
      id: "a1",
      title: "Air defence holds over the capital",
      standfirst: "Most of the drones were downed.",
      url: "https://dispatch.example/air-defence-holds",
      section: "War",
      bylines: ["Olena Koval", "Mark Jensen", "Iryna Bondar"],
      image: {
        src: "https://dispatch.example/media/img/a-1600.jpg",
        alt: 'Searchlights over the "Left Bank"',
        width: 1200,
        height: 800,
      },
    },
  ],
};

const links = {
  manageUrl: "https://dispatch.example/newsletters/manage?token=abc",
  unsubscribeUrl: "https://dispatch.example/api/newsletters/unsubscribe?token=def",
};

describe("renderIssueEmail", () => {
  it("splits the introduction into paragraphs at blank lines", () => {
    expect(introParagraphs(content.intro.replace(/\r\n?/g, "\n"))).toEqual([
      ["Good morning."],
      ["Two things", "to know today."],
    ]);
  });

  it("escapes everything it is given and links only absolute URLs", () => {
    const { subject, html } = renderIssueEmail(content, links);
    expect(subject).toBe(content.subject);
    expect(html).toContain("Night of drones &lt;over&gt; Kyiv &amp; Odesa");
    expect(html).toContain('alt="Searchlights over the &quot;Left Bank&quot;"');
    expect(html).toContain('src="https://dispatch.example/media/img/a-1600.jpg"');
    expect(html).toContain("Two things<br>to know today.");
    expect(html).toContain("Olena Koval, Mark Jensen and Iryna Bondar");
    expect(html).toContain('href="https://dispatch.example/newsletters/manage?token=abc"');
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it("carries no tracking: one image, the story's, and no per-reader parameters on links", () => {
    const { html } = renderIssueEmail(content, links);
    expect(html.match(/<img\b/g)).toHaveLength(1);
    const storyLinks = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(storyLinks.filter((href) => href?.includes("air-defence-holds"))).toEqual(
      Array(3).fill("https://dispatch.example/air-defence-holds"),
    );
  });

  it("has a plain-text twin with every link written out", () => {
    const { text } = renderIssueEmail(content, links);
    expect(text).toContain("Morning Briefing: Night of drones <over> Kyiv & Odesa");
    expect(text).toContain("Two things\nto know today.");
    expect(text).toContain("Read the story: https://dispatch.example/air-defence-holds");
    expect(text).toContain(`Manage your newsletters: ${links.manageUrl}`);
    expect(text).toContain(`Unsubscribe from Morning Briefing: ${links.unsubscribeUrl}`);
  });

  it("marks a staff test copy in the subject and the footer", () => {
    const { subject, text } = renderIssueEmail(content, {
      ...links,
      testFor: "editor@example.com",
    });
    expect(subject).toBe(`[Test] ${content.subject}`);
    expect(text).toContain("Test copy sent to editor@example.com.");
  });

  it("writes a Ukrainian newsletter's own words in Ukrainian", () => {
    const ukrainian: IssueContent = {
      ...content,
      newsletter: { ...content.newsletter, name: "Ранок", edition: "uk" },
    };
    const { html, text } = renderIssueEmail(ukrainian, links);
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain("Olena Koval, Mark Jensen і Iryna Bondar");
    expect(text).toContain("Автор: Olena Koval, Mark Jensen і Iryna Bondar");
    expect(html).toContain(">Читати матеріал</a>");
    expect(text).toContain("Відписатися від Ранок: https://dispatch.example/api/newsletters/");
    expect(text).toContain("Ви отримуєте Ранок, бо підписалися на сайті The Northern Dispatch.");
    expect(html).not.toContain("Read the story");
  });
});
