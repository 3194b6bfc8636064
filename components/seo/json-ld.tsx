import { serializeJsonLd } from "@/lib/seo/json-ld-serialize";
import type { JsonLdNode } from "@/lib/seo/dto";

/**
 * Structured data for search engines. One of two places a page writes raw
 * markup (the other is a constant script in the staff area): the text is
 * JSON built by lib/seo from DTOs, escaped so nothing in it can close the
 * script element (see serializeJsonLd).
 */
export function JsonLd({ data }: { data: JsonLdNode | JsonLdNode[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
