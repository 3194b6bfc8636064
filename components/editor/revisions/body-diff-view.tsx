import type { BlockChange } from "@/lib/articles/revisions/dto";
import { DiffText } from "./diff-text";

type Run = { kind: "unchanged"; blocks: BlockChange[] } | { kind: "change"; block: BlockChange };

/** Consecutive unchanged blocks fold into one line, so the changes stand out. */
function runsOf(blocks: BlockChange[]): Run[] {
  const runs: Run[] = [];
  for (const block of blocks) {
    const last = runs.at(-1);
    if (block.kind !== "same") runs.push({ kind: "change", block });
    else if (last?.kind === "unchanged") last.blocks.push(block);
    else runs.push({ kind: "unchanged", blocks: [block] });
  }
  return runs;
}

const VERB = { added: "Added", removed: "Removed", changed: "Edited" } as const;

/** The body's changes in reading order, block by block. */
export function BodyDiffView({ blocks }: { blocks: BlockChange[] }) {
  return (
    <ol className="rv-blocks">
      {runsOf(blocks).map((run, i) =>
        run.kind === "unchanged" ? (
          <li key={i} className="rv-block rv-block-same">
            <details>
              <summary>
                {run.blocks.length} unchanged {run.blocks.length === 1 ? "block" : "blocks"}
              </summary>
              {run.blocks.map((block, j) => (
                <p key={j} className="rv-block-text">
                  <span className="rv-block-label">{block.label}</span>
                  {block.kind === "changed" ? null : block.text}
                </p>
              ))}
            </details>
          </li>
        ) : (
          <li key={i} className="rv-block" data-kind={run.block.kind}>
            <p className="rv-block-label">
              {run.block.kind === "same"
                ? run.block.label
                : `${VERB[run.block.kind]} ${run.block.label.toLowerCase()}`}
            </p>
            <BlockBody block={run.block} />
          </li>
        ),
      )}
    </ol>
  );
}

function BlockBody({ block }: { block: BlockChange }) {
  switch (block.kind) {
    case "changed":
      return (
        <>
          <p className="rv-block-text">
            <DiffText parts={block.parts} />
          </p>
          {block.note ? <p className="rv-note">{block.note}</p> : null}
        </>
      );
    case "added":
      return (
        <p className="rv-block-text">
          <ins>
            <span className="visually-hidden">[added: </span>
            {block.text || block.label}
            <span className="visually-hidden">]</span>
          </ins>
        </p>
      );
    case "removed":
      return (
        <p className="rv-block-text">
          <del>
            <span className="visually-hidden">[removed: </span>
            {block.text || block.label}
            <span className="visually-hidden">]</span>
          </del>
        </p>
      );
    default:
      return <p className="rv-block-text">{block.text}</p>;
  }
}
