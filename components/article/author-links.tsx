import { authorLinkLabel } from "@/lib/authors/labels";

/** An author's profiles elsewhere, marked `rel="me"`. */
export function AuthorLinks({
  name,
  links,
}: {
  name: string;
  links: { kind: string; url: string }[];
}) {
  if (!links.length) return null;
  return (
    <ul className="author-links" aria-label={`${name} elsewhere`}>
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="noopener noreferrer me">
            {authorLinkLabel(link.kind)}
          </a>
        </li>
      ))}
    </ul>
  );
}
