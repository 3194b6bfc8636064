import { linkifyComment } from "@/lib/comments/rules";

/**
 * A comment's text: paragraphs split at blank lines, line breaks kept by
 * CSS, web addresses as links that pass no reputation (nofollow ugc) and no
 * window access (noopener). Everything is a React text node or an anchor
 * whose href was parsed as http(s): markup, scripts and other schemes in a
 * comment stay visible text.
 */
export function CommentBody({ body }: { body: string }) {
  const paragraphs = body.split(/\n{2,}/).filter((paragraph) => paragraph.trim());
  return (
    <div className="comment-body">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {linkifyComment(paragraph).map((segment, i) =>
            segment.kind === "link" ? (
              <a key={i} href={segment.href} rel="nofollow ugc noopener">
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
