import Link from "next/link";
import type { AuthorProfileDto } from "@/lib/articles/dto";
import { AuthorLinks } from "./author-links";

export function AuthorBox({ author }: { author: AuthorProfileDto }) {
  const initials = author.name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
  return (
    <div className="author-box">
      <span className="author-avatar" aria-hidden="true">
        {initials}
      </span>
      <div>
        <p className="author-name">
          <Link href={`/author/${author.slug}`}>{author.name}</Link>
        </p>
        {author.jobTitle ? <p className="author-job">{author.jobTitle}</p> : null}
        {author.bio ? <p className="author-bio">{author.bio}</p> : null}
        <AuthorLinks name={author.name} links={author.links} />
      </div>
    </div>
  );
}
