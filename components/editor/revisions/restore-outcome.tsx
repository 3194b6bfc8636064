import Link from "next/link";
import type { RestoreOutcome } from "@/lib/articles/revisions/dto";

/** Said once a restore is done: which version came back, and what could not. */
export function RestoreOutcomeNotice({
  outcome,
  editorHref,
}: {
  outcome: RestoreOutcome;
  editorHref: string;
}) {
  return (
    <section className="rv-restore" data-state="restored" aria-labelledby="rv-restored-title">
      <h2 id="rv-restored-title" role="status">
        Version {outcome.restoredFromVersion} was restored as version {outcome.version}
        {outcome.by ? ` by ${outcome.by}` : ""}.
      </h2>
      {outcome.notes.length ? (
        <>
          <p>Not everything could come back as it was:</p>
          <ul className="rv-restore-notes">
            {outcome.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="rv-restore-actions">
        <Link href={editorHref} className="ed-button ed-button-primary">
          Open in the editor
        </Link>
      </p>
    </section>
  );
}
