import type { DiffPart } from "@/lib/articles/revisions/dto";

/**
 * Text with its changes marked: removed words struck through in <del>,
 * added words underlined in <ins>, each also announced in words ("removed:",
 * "added:") so the change never depends on colour alone.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  if (!parts.length) return <span className="ed-muted">(empty)</span>;
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </>
  );
}

/** A whole value that was replaced: the old one struck through, then the new one. */
export function ReplacedValue({ before, after }: { before: string; after: string }) {
  return (
    <>
      <del>
        <span className="visually-hidden">[was: </span>
        {before}
        <span className="visually-hidden">]</span>
      </del>
      <span className="rv-arrow" aria-hidden="true">
        →
      </span>
      <ins>
        <span className="visually-hidden">[now: </span>
        {after}
        <span className="visually-hidden">]</span>
      </ins>
    </>
  );
}
