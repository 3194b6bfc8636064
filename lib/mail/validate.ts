/**
 * Checks for what goes into an email's envelope and headers. Callers are our
 * own code, so a bad value is a programmer error and throws: anything with a
 * CR or LF could add headers (or recipients) of its own.
 */

export class InvalidEmailError extends Error {
  override name = "InvalidEmailError";
}

/**
 * A plain addr-spec: no display name, no comments, no lists. Deliberately
 * narrower than RFC 5322 (no quoted local parts), wide enough for real
 * addresses including internationalised ones and dotless local domains
 * (newsroom@localhost). Readers' input is checked by the forms, not here.
 */
const ADDRESS = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\].][^\s@<>(),;:"\\[\]]*$/u;
const HAS_LINE_BREAK = /[\r\n\0]/;
/** RFC 5322 field-name: printable ASCII except the colon. */
const HEADER_NAME = /^[!-9;-~]+$/;

/**
 * Headers the message is built from (or that would change who receives it);
 * they are set through their own fields, never through `headers`.
 */
const RESERVED_HEADERS = new Set([
  "bcc",
  "cc",
  "content-transfer-encoding",
  "content-type",
  "date",
  "from",
  "message-id",
  "mime-version",
  "reply-to",
  "return-path",
  "sender",
  "subject",
  "to",
]);

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** One bare address, e.g. "reader@example.org". */
export function checkAddress(value: unknown, field: string): string {
  if (typeof value !== "string" || !isEmailAddress(value)) {
    throw new InvalidEmailError(`${field} must be one email address, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * "Name <address>" or a bare address. The name is re-quoted as needed so a
 * comma or angle bracket in it can never be read as a second address.
 */
export function checkMailbox(value: unknown, field: string): string {
  if (typeof value !== "string" || HAS_LINE_BREAK.test(value)) {
    throw new InvalidEmailError(`${field} must be "Name <address>" or an address`);
  }
  const trimmed = value.trim();
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  if (!match) return checkAddress(trimmed, field);
  const address = checkAddress(match[2], field);
  const rawName = (match[1] ?? "").trim();
  // Unquoted, a comma or bracket would make a second address of the name.
  if (!/^"(?:[^"\\]|\\.)*"$/.test(rawName) && /[<>,;:@"]/.test(rawName)) {
    throw new InvalidEmailError(`${field} must hold one address; quote a name with punctuation`);
  }
  const name = unquote(rawName);
  return name ? `${quoteName(name)} <${address}>` : address;
}

/** The address inside "Name <address>" (or the value itself). */
export function mailboxAddress(mailbox: string): string {
  return /<([^<>]+)>$/.exec(mailbox)?.[1] ?? mailbox;
}

export function formatMailbox(name: string, address: string): string {
  checkAddress(address, "address");
  const clean = name.replace(/[\r\n\0]/g, " ").trim();
  return clean ? `${quoteName(clean)} <${address}>` : address;
}

function unquote(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return trimmed;
}

function quoteName(name: string): string {
  // atext plus spaces needs no quotes; anything else is quoted and escaped.
  if (/^[\w!#$%&'*+\-/=?^`{|}~ ]+$/.test(name)) return name;
  return `"${name.replace(/(["\\])/g, "\\$1")}"`;
}

export function checkSubject(value: unknown): string {
  if (typeof value !== "string" || !value.trim() || HAS_LINE_BREAK.test(value)) {
    throw new InvalidEmailError("subject must be one non-empty line");
  }
  if (value.length > 500) throw new InvalidEmailError("subject is longer than 500 characters");
  return value;
}

/** Extra headers (List-Unsubscribe and the like), checked one by one. */
export function checkHeaders(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidEmailError("headers must be an object of strings");
  }
  const checked: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, headerValue] of Object.entries(value)) {
    if (!HEADER_NAME.test(name)) {
      throw new InvalidEmailError(`header name ${JSON.stringify(name)} is not a valid field name`);
    }
    const lower = name.toLowerCase();
    if (RESERVED_HEADERS.has(lower)) {
      throw new InvalidEmailError(`header ${name} is set by the mailer, not through headers`);
    }
    if (seen.has(lower)) throw new InvalidEmailError(`header ${name} is given twice`);
    seen.add(lower);
    if (typeof headerValue !== "string" || HAS_LINE_BREAK.test(headerValue)) {
      throw new InvalidEmailError(`header ${name} must be one line of text`);
    }
    if (headerValue.length > 2000) throw new InvalidEmailError(`header ${name} is too long`);
    checked[name] = headerValue;
  }
  return checked;
}

export function checkBody(value: unknown, field: "html" | "text"): string {
  if (typeof value !== "string" || !value.trim()) {
    throw new InvalidEmailError(`${field} must be a non-empty string`);
  }
  if (value.length > 2_000_000) throw new InvalidEmailError(`${field} is larger than 2 MB`);
  return value;
}

export function checkIdempotencyKey(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== "string" || !value || value.length > 300) {
    throw new InvalidEmailError("idempotencyKey must be a string of 1 to 300 characters");
  }
  return value;
}
