import Link from "next/link";
import type { AuthorProfileDto } from "@/lib/articles/dto";
import { AuthorLinks } from "./author-links";
import { AuthorPortrait } from "./author-portrait";

export function AuthorBox({ author }: { author: AuthorProfileDto }) {
  return (
    <div className="author-box">
      <AuthorPortrait
        name={author.name}
        image={author.avatar}
        size={56}
        className="author-avatar"
      />
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
