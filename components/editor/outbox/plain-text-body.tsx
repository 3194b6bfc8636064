/** Web addresses in a plain-text email, trailing punctuation left outside the link. */
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING = /[).,;:!?\]]+$/;

export function splitLinks(text: string): ({ text: string } | { href: string })[] {
  const parts: ({ text: string } | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const href = match[0].replace(TRAILING, "");
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * The plain-text version as the recipient's mail program shows it, with its
 * links clickable (a new tab, no referrer: the links are personal tokens).
 */
export function PlainTextBody({ text }: { text: string }) {
  return (
    <pre className="eo-text">
      {splitLinks(text).map((part, index) =>
        "href" in part ? (
          <a key={index} href={part.href} target="_blank" rel="noreferrer noopener">
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}
