/** A schema.org node as JSON-LD: plain JSON values only. */
export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | JsonLdNode;
export interface JsonLdNode {
  [key: string]: JsonLdValue | undefined;
}

/**
 * The text of a `<script type="application/ld+json">`. The HTML parser ends
 * a script at the first `</script`, whatever JSON says, so `<` (and `>`,
 * `&`, and the two line separators old JavaScript parsers choke on) are
 * written as JSON escapes: the data reads the same, the markup cannot break.
 * Several nodes go into one `@graph`.
 */
export function serializeJsonLd(nodes: JsonLdNode | JsonLdNode[]): string {
  const document = Array.isArray(nodes)
    ? { "@context": "https://schema.org", "@graph": nodes }
    : { "@context": "https://schema.org", ...nodes };
  return JSON.stringify(document)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
