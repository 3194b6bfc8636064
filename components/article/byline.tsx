import Link from "next/link";
import type { BylineDto } from "@/lib/articles/dto";

/** "By A, B and C", each name linked to the author's page. */
export function Byline({ authors }: { authors: BylineDto[] }) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      By{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? " and " : ", ") : null}
          <Link href={`/author/${author.slug}`} rel="author">
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
