/**
 * The little XML the sitemaps and feeds need, written by hand: every value
 * goes through `escapeXml`, so text from the database can never open an
 * element, and characters XML 1.0 forbids are dropped rather than sent.
 */

import { escapeHtml, escapeHtmlText } from "@/lib/text/html";

// Control characters other than tab, newline and carriage return, lone
// surrogates and U+FFFE/U+FFFF are not allowed anywhere in an XML 1.0 document.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(value: string): string {
  return escapeHtml(value.replace(INVALID_XML_CHARS, ""));
}

/** Escapes text content only (not attributes): quotes may stay as they are. */
export function escapeText(value: string): string {
  return escapeHtmlText(value.replace(INVALID_XML_CHARS, ""));
}

/** `<name>text</name>`, or nothing when the text is empty. */
export function element(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escapeText(text)}</${name}>` : "";
}

/** `<name a="1" b="2"/>`, leaving out attributes without a value. */
export function emptyElement(
  name: string,
  attributes: Record<string, string | number | null | undefined>,
): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return `<${name}${attrs}/>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** W3C Datetime as sitemaps ask for it: seconds precision, UTC. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** RFC 822 dates for RSS (`Thu, 27 Nov 2025 08:54:00 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
