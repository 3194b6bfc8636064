import Image from "next/image";
import type { FieldChange, ImageValue, RevisionComparison } from "@/lib/articles/revisions/dto";
import { formatDateTime } from "@/lib/dates/format";
import { BodyDiffView } from "./body-diff-view";
import { DiffText, ReplacedValue } from "./diff-text";
import { KIND_LABELS } from "./revision-labels";

/** Two versions compared field by field; only what differs is spelled out. */
export function RevisionDiffView({
  comparison,
  timeZone,
  heading,
  restoring = false,
}: {
  comparison: RevisionComparison;
  timeZone: string;
  heading: string;
  /** Compared for a restore: from the current version to the one coming back. */
  restoring?: boolean;
}) {
  const { from, to, diff } = comparison;
  const describe = (side: typeof from) =>
    `version ${side.version} (${KIND_LABELS[side.kind].toLowerCase()}${side.by ? ` by ${side.by}` : ""}, ${formatDateTime(new Date(side.createdAt), timeZone)})`;
  return (
    <section className="rv-diff" aria-labelledby="rv-diff-title">
      <h2 id="rv-diff-title">{heading}</h2>
      <p className="rv-diff-sides">
        From <strong>{describe(from)}</strong> to <strong>{describe(to)}</strong>.
      </p>
      {restoring ? (
        <p className="rv-legend ed-muted">
          <del>Struck through</del>: goes (only in the current version {from.version}).{" "}
          <ins>Underlined</ins>: comes back from version {to.version}.
        </p>
      ) : (
        <p className="rv-legend ed-muted">
          <del>Struck through</del>: only in version {from.version}. <ins>Underlined</ins>: only in
          version {to.version}.
        </p>
      )}
      {diff.changes.length ? (
        diff.changes.map((change) => <FieldChangeView key={change.key} change={change} />)
      ) : (
        <p className="ed-notice">These two versions have the same fields.</p>
      )}
      {diff.unchanged.length && diff.changes.length ? (
        <p className="rv-unchanged ed-muted">
          <strong>Unchanged:</strong> {diff.unchanged.join(", ")}.
        </p>
      ) : null}
    </section>
  );
}

function FieldChangeView({ change }: { change: FieldChange }) {
  return (
    <section className="rv-field" aria-label={`${change.label}: changed`}>
      <h3>{change.label}</h3>
      <FieldChangeBody change={change} />
    </section>
  );
}

function FieldChangeBody({ change }: { change: FieldChange }) {
  switch (change.kind) {
    case "text":
      return (
        <p className="rv-text">
          <DiffText parts={change.parts} />
        </p>
      );
    case "value":
      return (
        <p className="rv-text">
          <ReplacedValue before={change.before} after={change.after} />
        </p>
      );
    case "image":
      return (
        <div className="rv-images">
          <ImageSide label="Was" value={change.before} />
          <ImageSide label="Now" value={change.after} />
        </div>
      );
    case "list":
      return (
        <ul className="rv-list-items">
          {change.items.map((item, i) => (
            <li key={i} data-kind={item.kind}>
              {item.kind === "removed" ? (
                <del>
                  <span className="visually-hidden">[removed: </span>
                  {item.text}
                  <span className="visually-hidden">]</span>
                </del>
              ) : item.kind === "added" ? (
                <ins>
                  <span className="visually-hidden">[added: </span>
                  {item.text}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : (
                <span>
                  {item.text}
                  {item.kind === "moved" ? <em className="rv-moved"> (moved)</em> : null}
                </span>
              )}
            </li>
          ))}
        </ul>
      );
    case "body":
      return <BodyDiffView blocks={change.blocks} />;
  }
}

function ImageSide({ label, value }: { label: string; value: ImageValue }) {
  return (
    <figure className="rv-image" data-side={label === "Was" ? "before" : "after"}>
      <div className="rv-image-frame">
        {value.src ? (
          <Image src={value.src} alt="" fill sizes="12rem" />
        ) : (
          <span className="ed-muted">No image</span>
        )}
      </div>
      <figcaption>
        <strong>{label}:</strong> {value.label}
      </figcaption>
    </figure>
  );
}
