import {
  EMAIL_COLORS as C,
  renderEmailLayout,
  renderTextLayout,
  type EmailLink,
} from "@/lib/mail/email-layout";
import { EDITION_INFO, type Edition } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/text/html";

/**
 * An issue's email, HTML and plain text, from its content and one reader's
 * links. Pure: the preview, the test send and every recipient's copy come
 * from this same function. No tracking pixels and no per-reader tracking
 * parameters: the only personal parts are the preferences and unsubscribe
 * links.
 */

export interface IssueStory {
  id: string;
  title: string;
  standfirst: string;
  /** Absolute. */
  url: string;
  section: string;
  bylines: string[];
  image: { src: string; alt: string; width: number; height: number } | null;
}

export interface IssueContent {
  siteName: string;
  siteUrl: string;
  newsletter: {
    id: string;
    name: string;
    senderName: string;
    senderEmail: string;
    /** The issue is written in its edition's language, and so are its own words. */
    edition?: Edition;
  };
  subject: string;
  intro: string;
  stories: IssueStory[];
}

export interface IssueLinks {
  manageUrl: string;
  unsubscribeUrl: string;
  /** Set for a staff test copy: who it went to (said in the footer). */
  testFor?: string;
}

const SERIF = "Georgia, 'Times New Roman', serif";
const SANS = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
/** The layout's 600 px column less its 32 px padding each side. */
const COLUMN = 536;

/** Blank lines separate paragraphs; a single line break stays a line break. */
export function introParagraphs(intro: string): string[][] {
  return intro
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

const card = `background-color:${C.card};color:${C.ink};`;
const muted = `background-color:${C.card};color:${C.muted};`;

type Words = ReturnType<typeof messagesFor>;

function bylineText(bylines: string[], t: Words): string {
  if (bylines.length <= 1) return bylines[0] ?? "";
  return `${bylines.slice(0, -1).join(", ")} ${t.and} ${bylines[bylines.length - 1]}`;
}

function storyHtml(story: IssueStory, first: boolean, t: Words): string {
  const url = escapeHtml(story.url);
  const rule = first ? "" : `border-top:1px solid ${C.rule};padding-top:24px;`;
  const image = story.image
    ? `<a href="${url}" class="nl-card" style="${card}text-decoration:none;"><img src="${escapeHtml(story.image.src)}" alt="${escapeHtml(story.image.alt)}" width="${COLUMN}"${story.image.height ? ` height="${Math.round((story.image.height / story.image.width) * COLUMN)}"` : ""} style="display:block;width:100%;max-width:${COLUMN}px;height:auto;border:0;margin:0 0 14px;background-color:${C.rule};"></a>`
    : "";
  const kicker = story.section
    ? `<p class="nl-muted" style="margin:0 0 6px;font-family:${SANS};font-size:12px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;${muted}">${escapeHtml(story.section)}</p>`
    : "";
  const byline = bylineText(story.bylines, t);
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 28px;"><tr><td class="nl-card nl-rule" style="${rule}${card}">
${image}${kicker}<h2 class="nl-card" style="margin:0 0 8px;font-family:${SERIF};font-size:22px;line-height:1.25;font-weight:700;${card}"><a href="${url}" class="nl-card" style="${card}text-decoration:none;">${escapeHtml(story.title)}</a></h2>
${story.standfirst ? `<p class="nl-card" style="margin:0 0 10px;font-size:17px;line-height:1.5;${card}">${escapeHtml(story.standfirst)}</p>` : ""}<p class="nl-muted" style="margin:0;font-family:${SANS};font-size:14px;line-height:1.5;${muted}">${byline ? `${escapeHtml(byline)} &nbsp;·&nbsp; ` : ""}<a href="${url}" class="nl-link" style="color:${C.link};background-color:${C.card};text-decoration:underline;">${escapeHtml(t.newsletters.emails.readTheStory)}</a></p>
</td></tr></table>`;
}

function introHtml(intro: string): string {
  return introParagraphs(intro)
    .map(
      (lines) =>
        `<p class="nl-card" style="margin:0 0 16px;${card}">${lines.map(escapeHtml).join("<br>")}</p>`,
    )
    .join("\n");
}

function footer(
  content: IssueContent,
  links: IssueLinks,
  t: Words,
): { note: string; links: EmailLink[] } {
  const words = t.newsletters.emails;
  // A test copy goes to staff, who work in English.
  const note = links.testFor
    ? `Test copy sent to ${links.testFor}. Subscribers' copies carry their own links to manage their newsletters and to unsubscribe.`
    : words.issueNote(content.newsletter.name, content.siteName);
  return {
    note,
    links: [
      { label: words.manage, href: links.manageUrl },
      { label: words.unsubscribeFrom(content.newsletter.name), href: links.unsubscribeUrl },
    ],
  };
}

export function renderIssueEmail(
  content: IssueContent,
  links: IssueLinks,
): { subject: string; html: string; text: string } {
  const subject = links.testFor ? `[Test] ${content.subject}` : content.subject;
  const edition = content.newsletter.edition ?? "en";
  const t = messagesFor(edition);
  const end = footer(content, links, t);
  const heading = `<p class="nl-muted" style="margin:0 0 6px;font-family:${SANS};font-size:13px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;${muted}">${escapeHtml(content.newsletter.name)}</p>
<h1 class="nl-card" style="margin:0 0 20px;font-family:${SERIF};font-size:28px;line-height:1.2;font-weight:700;${card}">${escapeHtml(content.subject)}</h1>`;
  const firstParagraph = introParagraphs(content.intro)[0]?.join(" ");
  const html = renderEmailLayout({
    siteName: content.siteName,
    lang: EDITION_INFO[edition].lang,
    siteUrl: content.siteUrl,
    title: content.subject,
    preheader: firstParagraph ?? content.stories[0]?.standfirst ?? "",
    hideTitle: true,
    bodyHtml: [
      heading,
      introHtml(content.intro),
      ...content.stories.map((story, index) => storyHtml(story, index === 0, t)),
    ].join("\n"),
    footerLinks: end.links,
    footerNote: end.note,
  });
  const storiesText = content.stories.map((story) =>
    [
      ...(story.section ? [story.section.toUpperCase()] : []),
      story.title,
      ...(story.standfirst ? [story.standfirst] : []),
      ...(story.bylines.length ? [`${t.by} ${bylineText(story.bylines, t)}`] : []),
      `${t.newsletters.emails.readTheStory}: ${story.url}`,
    ].join("\n"),
  );
  const text = renderTextLayout({
    siteName: content.siteName,
    title: `${content.newsletter.name}: ${content.subject}`,
    body: [...introParagraphs(content.intro).map((lines) => lines.join("\n")), ...storiesText].join(
      "\n\n",
    ),
    footerLinks: end.links,
    footerNote: end.note,
  });
  return { subject, html, text };
}
