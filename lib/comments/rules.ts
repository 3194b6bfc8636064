/**
 * The rules of reader comments, pure so they are cheap to test: limits, how a
 * body is cleaned, which article setting applies, and the heuristics that
 * hold a comment for a moderator.
 */

export const COMMENT_MAX_LENGTH = 5_000;
/** A reader may reword a comment for this long after posting it. */
export const COMMENT_EDIT_MINUTES = 15;
/** The same text from the same reader within this time is a duplicate. */
export const DUPLICATE_WINDOW_HOURS = 24;

export type CommentsMode = "SITE_DEFAULT" | "OPEN" | "CLOSED" | "OFF";
export type EffectiveCommentsMode = Exclude<CommentsMode, "SITE_DEFAULT">;
export type CommentPolicy = "PRE" | "POST";
export type CommentStatus = "PENDING" | "APPROVED" | "REJECTED" | "SPAM";

/** OPEN: readers comment; CLOSED: comments shown, no new ones; OFF: nothing shown. */
export function effectiveCommentsMode(
  articleMode: CommentsMode,
  siteDefault: CommentsMode,
): EffectiveCommentsMode {
  if (articleMode !== "SITE_DEFAULT") return articleMode;
  return siteDefault === "SITE_DEFAULT" ? "OPEN" : siteDefault;
}

export function commentPolicyOf(value: string): CommentPolicy {
  return value === "POST" ? "POST" : "PRE";
}

// Bidirectional overrides and zero-width characters can disguise text (a link
// that reads backwards, a watched word split invisibly); they are dropped.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Control characters other than the line feed (tabs become spaces first).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * The body as stored: plain text with Unix line ends, no invisible or control
 * characters, no trailing spaces, at most one blank line in a row.
 */
export function normalizeCommentBody(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Length as a reader counts it: characters, not UTF-16 units. */
export function commentLength(body: string): number {
  return Array.from(body).length;
}

export function tooLongMessage(length: number): string {
  const over = length - COMMENT_MAX_LENGTH;
  return `Comments can be up to ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters. Yours has ${length.toLocaleString("en")}: shorten it by ${over.toLocaleString("en")}.`;
}

export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + COMMENT_EDIT_MINUTES * 60_000);
}

export type BodySegment =
  { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// http(s) addresses and www. ones; anything else (javascript:, data:, mailto:)
// stays text. Stops at whitespace and characters that never end a URL in prose.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"”’»]+$/;

/** Trims punctuation that ends the sentence rather than the address. */
function trimUrl(candidate: string): string {
  let url = candidate.replace(TRAILING_PUNCTUATION, "");
  // A closing parenthesis belongs to the address only if it opened one.
  while (url.endsWith(")") && count(url, "(") < count(url, ")")) {
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return url;
}

const count = (text: string, char: string) => text.split(char).length - 1;

function toHref(text: string): string | null {
  const withScheme = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // A real host name: "www." alone or "localhost" is not worth a link.
    if (!/^[^.]+(\.[^.]+)*\.[a-z0-9-]{2,}$/i.test(url.hostname)) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Splits a comment into text and links. Only http(s) and www. addresses
 * become links; the result is rendered as React text and anchors, so nothing
 * else in the body is ever interpreted.
 */
export function linkifyComment(body: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index;
    const text = trimUrl(match[0]);
    const href = toHref(text);
    if (!href) continue;
    if (start > last) segments.push({ kind: "text", text: body.slice(last, start) });
    segments.push({ kind: "link", text, href });
    last = start + text.length;
  }
  if (last < body.length) segments.push({ kind: "text", text: body.slice(last) });
  return segments;
}

export function countLinks(body: string): number {
  return linkifyComment(body).filter((segment) => segment.kind === "link").length;
}

/** The site's watch list as typed (one word or phrase a line) → terms to look for. */
export function parseWatchWords(text: string): string[] {
  const terms = text
    .split("\n")
    .map((line) => line.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " "))
    .filter((line) => line.length > 0 && !line.startsWith("#"));
  return [...new Set(terms)];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first watched term the body contains as a whole word or phrase, if any. */
export function findWatchedWord(body: string, terms: string[]): string | null {
  const text = body.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, "u");
    if (pattern.test(text)) return term;
  }
  return null;
}

export interface ModerationSettings {
  policy: CommentPolicy;
  watchWords: string[];
  /** More links than this holds a comment. */
  maxLinks: number;
  /** Readers whose account is younger than this (hours) have comments with links held. */
  newReaderHours: number;
}

export interface CommentFacts {
  body: string;
  now: Date;
  readerCreatedAt: Date;
  /** The reader has at least one approved comment. */
  trusted: boolean;
}

/**
 * Why this comment should wait for a moderator; empty means it may be
 * published at once. Pre-moderation holds readers until one of their
 * comments has been approved; the heuristics hold anyone.
 */
export function heldReasons(facts: CommentFacts, settings: ModerationSettings): string[] {
  const reasons: string[] = [];
  if (settings.policy === "PRE" && !facts.trusted) {
    reasons.push("First comment from this reader (pre-moderation)");
  }
  const word = findWatchedWord(facts.body, settings.watchWords);
  if (word) reasons.push(`Contains a watched word: “${word}”`);
  const links = countLinks(facts.body);
  if (links > settings.maxLinks) {
    reasons.push(`${links} links (more than ${settings.maxLinks})`);
  }
  const ageHours = (facts.now.getTime() - facts.readerCreatedAt.getTime()) / 3_600_000;
  if (links > 0 && ageHours < settings.newReaderHours) {
    reasons.push(`Link from a new reader (account under ${settings.newReaderHours} hours old)`);
  }
  return reasons;
}

export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 40;

const IMPERSONATION = new Set(["admin", "administrator", "moderator", "editor", "staff"]);

/** A display name as stored (single spaces, no invisible characters), or why it is refused. */
export function checkDisplayName(
  raw: string,
): { ok: true; name: string } | { ok: false; error: string } {
  const name = raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(/\s+/g, " ")
    .trim();
  const length = Array.from(name).length;
  if (length < DISPLAY_NAME_MIN) {
    return { ok: false, error: `Use at least ${DISPLAY_NAME_MIN} characters.` };
  }
  if (length > DISPLAY_NAME_MAX) {
    return { ok: false, error: `Use at most ${DISPLAY_NAME_MAX} characters.` };
  }
  if (IMPERSONATION.has(name.toLowerCase())) {
    return { ok: false, error: "Choose a name that does not look like a staff role." };
  }
  if (/https?:\/\/|www\./i.test(name)) {
    return { ok: false, error: "A display name cannot contain a web address." };
  }
  return { ok: true, name };
}
