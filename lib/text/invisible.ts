/**
 * Characters that change how text looks without being seen: bidirectional
 * embeddings, overrides and isolates (U+202E shows "evil.exe" as
 * "exe.live"), zero-width spaces, the byte-order mark, and NUL
 * (PostgreSQL refuses it in text altogether). Staff input and
 * readers' comments have them removed before anything is stored.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH = /[\u200b\ufeff]/g;
// PostgreSQL refuses NUL in text. Other control characters are left for each
// field's schema to refuse with a message.
const NUL = /\u0000/g;

export function stripInvisible(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(ZERO_WIDTH, "").replace(NUL, "");
}

/** Every string inside a value (objects, arrays) with stripInvisible applied. */
export function stripInvisibleDeep<T>(value: T): T {
  if (typeof value === "string") return stripInvisible(value) as T;
  if (Array.isArray(value)) return value.map((item) => stripInvisibleDeep(item)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, stripInvisibleDeep(item)]),
    ) as T;
  }
  return value;
}
