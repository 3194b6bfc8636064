import Link from "next/link";
import type { BylineDto } from "@/lib/articles/dto";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";

/** "By A, B and C", each name linked to the author's page. */
export function Byline({ authors, edition = "en" }: { authors: BylineDto[]; edition?: Edition }) {
  if (authors.length === 0) return null;
  const t = messagesFor(edition);
  return (
    <span className="byline">
      {t.by}{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ` ${t.and} ` : ", ") : null}
          <Link href={`/author/${author.slug}`} rel="author">
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
