/**
 * The frame of every email the site sends (newsletter confirmations, notices
 * and issues, readers' sign-in links):
 * table layout that survives Outlook and Gmail, one column that fills a
 * phone, system fonts, absolute URLs only, and no images or tracking pixels.
 *
 * Dark-mode safe: every element that sets a text colour also sets its
 * background colour, so a client that inverts or restyles one never leaves
 * dark text on a dark ground; clients that honour prefers-color-scheme get a
 * designed dark palette through the classes below.
 *
 * `bodyHtml` is trusted markup: build it with the helpers here, which escape
 * everything they are given. `composeEmail` builds the HTML and its
 * plain-text twin from one description, so the two always say the same.
 */

import { escapeHtml } from "@/lib/text/html";

export interface EmailLink {
  label: string;
  /** Absolute URL. */
  href: string;
}

export interface EmailLayoutInput {
  siteName: string;
  /** The `lang` of the email's text (BCP 47); English when left out. */
  lang?: string;
  /** Absolute URL of the site's home page (the masthead links to it). */
  siteUrl: string;
  /** The document title and the heading at the top of the email. */
  title: string;
  /** Hidden preview text shown by inboxes after the subject. */
  preheader?: string;
  bodyHtml: string;
  /** E.g. "Manage your newsletters", "Unsubscribe". */
  footerLinks: EmailLink[];
  /** Plain text: why the reader gets this email. */
  footerNote?: string;
  /** Leave the title out of the body (an issue that opens with its own heading). */
  hideTitle?: boolean;
}

export const EMAIL_COLORS = {
  page: "#f3f1ec",
  card: "#ffffff",
  ink: "#15171a",
  muted: "#51575e",
  link: "#0d4a8f",
  rule: "#dcd8cf",
  button: "#a3231a",
  buttonInk: "#ffffff",
} as const;

const C = EMAIL_COLORS;
const SERIF = "Georgia, 'Times New Roman', serif";
const SANS = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Only http(s) URLs go into an email; anything else becomes "#". */
function safeHref(href: string): string {
  return /^https?:\/\//i.test(href) ? escapeHtml(href) : "#";
}

export function emailParagraph(text: string): string {
  return `<p style="margin:0 0 16px;background-color:${C.card};color:${C.ink};" class="nl-card">${escapeHtml(text)}</p>`;
}

export function emailLink(label: string, href: string): string {
  return `<a href="${safeHref(href)}" class="nl-link" style="color:${C.link};background-color:${C.card};text-decoration:underline;">${escapeHtml(label)}</a>`;
}

/** A button that renders as a button in every client (a padded table cell around a link). */
export function emailButton(label: string, href: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr><td class="nl-button" bgcolor="${C.button}" style="background-color:${C.button};border-radius:3px;"><a href="${safeHref(href)}" class="nl-button" style="display:inline-block;padding:12px 22px;font-family:${SANS};font-size:16px;font-weight:600;line-height:1.2;color:${C.buttonInk};background-color:${C.button};text-decoration:none;border-radius:3px;">${escapeHtml(label)}</a></td></tr></table>`;
}

/** Smaller, muted text inside the body (e.g. "If you did not sign up, ignore this email."). */
export function emailSmallPrint(text: string): string {
  return `<p class="nl-muted" style="margin:0 0 12px;font-family:${SANS};font-size:14px;line-height:1.5;background-color:${C.card};color:${C.muted};">${escapeHtml(text)}</p>`;
}

export function renderEmailLayout(input: EmailLayoutInput): string {
  const title = escapeHtml(input.title);
  const siteName = escapeHtml(input.siteName);
  const preheader = input.preheader
    ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;background-color:${C.page};color:${C.page};">${escapeHtml(input.preheader)}</div>`
    : "";
  const heading = input.hideTitle
    ? ""
    : `<h1 class="nl-card" style="margin:0 0 20px;font-family:${SERIF};font-size:26px;line-height:1.25;font-weight:700;background-color:${C.card};color:${C.ink};">${title}</h1>`;
  const links = input.footerLinks
    .map(
      (link) =>
        `<a href="${safeHref(link.href)}" class="nl-footer-link" style="color:${C.link};background-color:${C.page};text-decoration:underline;">${escapeHtml(link.label)}</a>`,
    )
    .join(
      `<span class="nl-footer" style="background-color:${C.page};color:${C.muted};"> &nbsp;·&nbsp; </span>`,
    );
  const note = input.footerNote
    ? `<p class="nl-footer" style="margin:0 0 10px;background-color:${C.page};color:${C.muted};">${escapeHtml(input.footerNote)}</p>`
    : "";

  return `<!doctype html>
<html lang="${escapeHtml(input.lang ?? "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<meta name="x-apple-disable-message-reformatting">
<title>${title}</title>
<style>
  body { margin: 0; padding: 0; width: 100% !important; -webkit-text-size-adjust: 100%; }
  table { border-collapse: collapse; }
  @media (max-width: 620px) {
    .nl-container { width: 100% !important; }
    .nl-pad { padding: 24px 20px !important; }
  }
  @media (prefers-color-scheme: dark) {
    .nl-page, .nl-footer, .nl-footer-link { background-color: #121416 !important; }
    .nl-card, .nl-link, .nl-muted { background-color: #1a1d20 !important; }
    .nl-card { color: #ecebe7 !important; }
    .nl-muted, .nl-footer { color: #b4b3ae !important; }
    .nl-link, .nl-footer-link { color: #8cbcff !important; }
    .nl-button { background-color: #ff8a7a !important; color: #1a0d0b !important; }
    .nl-rule { border-color: #33373c !important; }
  }
</style>
</head>
<body class="nl-page" style="margin:0;padding:0;background-color:${C.page};color:${C.ink};">
${preheader}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class="nl-page" bgcolor="${C.page}" style="background-color:${C.page};">
<tr><td align="center" class="nl-page" style="padding:24px 12px;background-color:${C.page};">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" class="nl-container" style="width:600px;max-width:600px;">
<tr><td class="nl-card nl-pad nl-rule" bgcolor="${C.card}" style="padding:22px 32px;border-bottom:3px solid ${C.ink};background-color:${C.card};color:${C.ink};font-family:${SERIF};font-size:24px;font-weight:700;line-height:1.2;">
<a href="${safeHref(input.siteUrl)}" class="nl-card" style="color:${C.ink};background-color:${C.card};text-decoration:none;">${siteName}</a>
</td></tr>
<tr><td class="nl-card nl-pad" bgcolor="${C.card}" style="padding:32px;background-color:${C.card};color:${C.ink};font-family:${SERIF};font-size:17px;line-height:1.55;">
${heading}${input.bodyHtml}
</td></tr>
<tr><td class="nl-footer nl-pad" bgcolor="${C.page}" style="padding:24px 32px;background-color:${C.page};color:${C.muted};font-family:${SANS};font-size:13px;line-height:1.6;">
${note}<p class="nl-footer" style="margin:0;background-color:${C.page};color:${C.muted};">${links}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

export interface TextLayoutInput {
  siteName: string;
  title: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  footerLinks: EmailLink[];
  footerNote?: string;
}

/** The plain-text twin of renderEmailLayout: same content, URLs written out. */
export function renderTextLayout(input: TextLayoutInput): string {
  const links = input.footerLinks.map((link) => `${link.label}: ${link.href}`).join("\n");
  return [
    input.siteName,
    "",
    input.title,
    "",
    input.body.trim(),
    "",
    "--",
    ...(input.footerNote ? [input.footerNote] : []),
    links,
    "",
  ].join("\n");
}

export interface ComposedEmailInput {
  siteName: string;
  /** The `lang` of the email's text; English when left out. */
  lang?: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  title: string;
  preheader: string;
  /** Paragraphs before the button. */
  intro: readonly string[];
  button: EmailLink;
  /**
   * When set, the HTML writes the button's URL out under it after these
   * words, for clients that show the button as an image or not at all.
   */
  buttonUrlLead?: string;
  /** Paragraphs after it, in small print. */
  after: readonly string[];
  footerNote: string;
  footerLinks: EmailLink[];
}

/** An email with one call to action: intro, button, small print, as HTML and as text. */
export function composeEmail(input: ComposedEmailInput): { html: string; text: string } {
  const html = renderEmailLayout({
    siteName: input.siteName,
    lang: input.lang,
    siteUrl: input.siteUrl,
    title: input.title,
    preheader: input.preheader,
    bodyHtml: [
      ...input.intro.map(emailParagraph),
      emailButton(input.button.label, input.button.href),
      ...(input.buttonUrlLead ? [emailSmallPrintUrl(input.buttonUrlLead, input.button.href)] : []),
      ...input.after.map(emailSmallPrint),
    ].join("\n"),
    footerLinks: input.footerLinks,
    footerNote: input.footerNote,
  });
  const text = renderTextLayout({
    siteName: input.siteName,
    title: input.title,
    body: [...input.intro, `${input.button.label}:\n${input.button.href}`, ...input.after].join(
      "\n\n",
    ),
    footerLinks: input.footerLinks,
    footerNote: input.footerNote,
  });
  return { html, text };
}

/** Small print followed by a URL as text (breakable anywhere, so a long one never widens a phone's column). */
function emailSmallPrintUrl(lead: string, url: string): string {
  return `<p class="nl-muted" style="margin:0 0 12px;font-family:${SANS};font-size:14px;line-height:1.5;background-color:${C.card};color:${C.muted};">${escapeHtml(lead)}<br><span style="word-break:break-all;">${escapeHtml(url)}</span></p>`;
}
