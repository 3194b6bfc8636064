"use client";

import { useState, type FormEvent } from "react";
import type { CorrectionNoteDto } from "@/lib/articles/corrections/dto";
import { NOTE_TEXT_LIMITS } from "@/lib/articles/corrections/limits";
import { CORRECTION_LABELS } from "@/lib/articles/labels";
import { formatDateTime } from "@/lib/dates/format";
import { Field } from "./field";

/** One note in the panel: what readers see, and rewording or removing it. */
export function CorrectionNote({
  note,
  timeZone,
  canEdit,
  canRemove,
  busy,
  onSave,
  onRemove,
}: {
  note: CorrectionNoteDto;
  timeZone: string;
  canEdit: boolean;
  canRemove: boolean;
  busy: boolean;
  /** Resolves with a field error to show, or null once saved. */
  onSave: (text: string) => Promise<string | null>;
  onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | undefined>();
  const label = CORRECTION_LABELS[note.kind];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = await onSave(text);
    if (problem) setError(problem);
    else setEditing(false);
  }

  return (
    <li className="ae-note" data-kind={note.kind.toLowerCase()}>
      <p className="ae-note-meta">
        <span className="ae-note-kind">{label}</span>
        <time dateTime={note.publishedAt}>
          {formatDateTime(new Date(note.publishedAt), timeZone)}
        </time>
        {note.createdBy ? <span>by {note.createdBy}</span> : null}
      </p>
      {editing ? (
        <form className="ae-note-form" onSubmit={submit}>
          <Field
            name={`note-${note.id}`}
            label={`Wording of this ${label.toLowerCase()}`}
            error={error}
            count={{ used: text.trim().length, max: NOTE_TEXT_LIMITS.max }}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={text}
                maxLength={NOTE_TEXT_LIMITS.max + 200}
                disabled={busy}
                onChange={(event) => {
                  setText(event.target.value);
                  setError(undefined);
                }}
              />
            )}
          </Field>
          <div className="ae-note-actions">
            <button type="submit" className="ed-button ed-button-primary ae-small" disabled={busy}>
              Save wording
            </button>
            <button
              type="button"
              className="ed-button ed-button-quiet ae-small"
              disabled={busy}
              onClick={() => {
                setEditing(false);
                setText(note.text);
                setError(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="ae-note-text">{note.text}</p>
          {canEdit || canRemove ? (
            <div className="ae-note-actions">
              {canEdit ? (
                <button
                  type="button"
                  className="ed-button ae-small"
                  disabled={busy}
                  onClick={() => {
                    setText(note.text);
                    setEditing(true);
                  }}
                >
                  Edit<span className="visually-hidden"> this {label.toLowerCase()}</span>
                </button>
              ) : null}
              {canRemove ? (
                <button
                  type="button"
                  className="ed-button ed-button-quiet ae-small ae-note-remove"
                  disabled={busy}
                  onClick={onRemove}
                >
                  Remove<span className="visually-hidden"> this {label.toLowerCase()}</span>
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
