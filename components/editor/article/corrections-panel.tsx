"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import {
  addCorrectionAction,
  editCorrectionAction,
  removeCorrectionAction,
} from "@/lib/articles/corrections/actions";
import type {
  CorrectionKind,
  CorrectionNoteDto,
  CorrectionsEditorData,
} from "@/lib/articles/corrections/dto";
import { CORRECTION_KINDS, NOTE_TEXT_LIMITS } from "@/lib/articles/corrections/limits";
import { toZonedInputValue } from "@/lib/dates/zoned-time";
import { CORRECTION_LABELS } from "@/lib/articles/labels";
import type { ActionResult } from "@/lib/auth/dto";
import "../../../app/styles/editor-corrections.css";
import type { ArticleStatus } from "./article-labels";
import { useConfirm } from "./confirm-dialog";
import { CorrectionNote } from "./correction-note";
import { Field } from "./field";

const KIND_HINTS: Record<CorrectionKind, string> = {
  CORRECTION: "We published something that was wrong.",
  CLARIFICATION: "What we published was right but could be misread.",
  UPDATE: "The story changed in an important way since publication.",
};

const OFFLINE = "The newsroom could not be reached. Check the connection and try again.";

type NotesResult = ActionResult<{ notes: CorrectionNoteDto[] }>;

const subscribeNever = () => () => {};

/**
 * "Corrections and updates": the notes readers see in a box under a
 * published article and on /corrections. Each note marks the article as
 * updated, so its "Updated" time and dateModified move.
 */
export function CorrectionsPanel({
  articleId,
  status,
  publishedAt,
  data,
}: {
  articleId: string;
  status: ArticleStatus;
  publishedAt: string | null;
  data: CorrectionsEditorData;
}) {
  const [source, setSource] = useState(data.notes);
  const [notes, setNotes] = useState(data.notes);
  // Fresh server data (after a workflow move) replaces what the panel holds.
  if (source !== data.notes) {
    setSource(data.notes);
    setNotes(data.notes);
  }
  const [kind, setKind] = useState<CorrectionKind>("CORRECTION");
  const [text, setText] = useState("");
  const [when, setWhen] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [busy, setBusy] = useState(false);
  const confirmer = useConfirm();
  // Typing into the server-rendered form before React takes over would be
  // lost (or submit the page): the form stays disabled until then.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const off = busy || !hydrated;

  const live = status === "PUBLISHED";
  const canAdd = data.canEdit && live;
  if (!live && notes.length === 0) return null;

  async function run(call: () => Promise<NotesResult>, done: string): Promise<NotesResult | null> {
    setBusy(true);
    setProblem(null);
    try {
      const result = await call();
      if (result.ok) {
        setNotes(result.data.notes);
        setAnnouncement(done);
      } else if (!result.fieldErrors || result.fieldErrors.form) {
        setProblem(result.error);
      }
      return result;
    } catch {
      setProblem(OFFLINE);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await run(
      () => addCorrectionAction({ articleId, kind, text, publishedAt: when }),
      `${CORRECTION_LABELS[kind]} added. The article now shows it and its “Updated” time.`,
    );
    if (result?.ok) {
      setText("");
      setWhen("");
      setErrors({});
    } else if (result && !result.ok) {
      setErrors(result.fieldErrors ?? {});
    }
  }

  async function save(note: CorrectionNoteDto, next: string): Promise<string | null> {
    const result = await run(
      () => editCorrectionAction({ id: note.id, text: next }),
      `${CORRECTION_LABELS[note.kind]} reworded.`,
    );
    if (!result) return OFFLINE;
    return result.ok ? null : (result.fieldErrors?.text ?? result.error);
  }

  async function remove(note: CorrectionNoteDto) {
    const label = CORRECTION_LABELS[note.kind].toLowerCase();
    const confirmed = await confirmer.confirm({
      title: `Remove this ${label}?`,
      body: "Readers will no longer see it on the article or on the corrections page. The audit log keeps its text. The article's “Updated” time stays.",
      action: "Remove",
    });
    if (!confirmed) return;
    await run(
      () => removeCorrectionAction({ id: note.id }),
      `${CORRECTION_LABELS[note.kind]} removed.`,
    );
  }

  const earliest = publishedAt ? toZonedInputValue(new Date(publishedAt), data.timeZone) : "";

  return (
    <section className="ed-panel ae-panel ae-corrections" aria-labelledby="panel-corrections">
      <h2 id="panel-corrections">Corrections and updates</h2>
      {notes.length ? (
        <ul className="ae-notes" aria-label="Notes readers see">
          {notes.map((note) => (
            <CorrectionNote
              key={note.id}
              note={note}
              timeZone={data.timeZone}
              canEdit={data.canEdit}
              canRemove={data.canRemove}
              busy={busy}
              onSave={(next) => save(note, next)}
              onRemove={() => void remove(note)}
            />
          ))}
        </ul>
      ) : (
        <p className="ae-empty">No corrections or updates.</p>
      )}
      {problem ? (
        <p className="ed-field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {canAdd ? (
        <form className="ae-note-add" onSubmit={add} noValidate>
          <Field
            name="correction-kind"
            label="Add a note"
            hint={KIND_HINTS[kind]}
            error={errors.kind}
          >
            {(control) => (
              <select
                {...control}
                value={kind}
                disabled={off}
                onChange={(event) => setKind(event.target.value as CorrectionKind)}
              >
                {CORRECTION_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {CORRECTION_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="correction-text"
            label="What readers are told"
            hint="Plain text, shown as written. Say what was wrong and what is right."
            error={errors.text}
            count={{ used: text.trim().length, max: NOTE_TEXT_LIMITS.max }}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={text}
                maxLength={NOTE_TEXT_LIMITS.max + 200}
                disabled={off}
                onChange={(event) => {
                  setText(event.target.value);
                  setErrors(({ text: _, ...rest }) => rest);
                }}
              />
            )}
          </Field>
          <Field
            name="correction-time"
            label="Time (optional)"
            hint={`Leave empty for now. Newsroom time (${data.timeZone}).`}
            error={errors.publishedAt}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={when}
                min={earliest || undefined}
                disabled={off}
                onChange={(event) => {
                  setWhen(event.target.value);
                  setErrors(({ publishedAt: _, ...rest }) => rest);
                }}
              />
            )}
          </Field>
          <button type="submit" className="ed-button ed-button-primary ae-small" disabled={off}>
            {busy ? "Saving…" : `Add ${CORRECTION_LABELS[kind].toLowerCase()}`}
          </button>
          <p className="ed-hint">
            Every note marks the article as updated: its “Updated” time and dateModified move.
          </p>
        </form>
      ) : (
        <p className="ed-hint">
          {live
            ? "Editors and the article's authors add corrections and updates."
            : "Notes can be added while the article is published."}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {confirmer.dialog}
    </section>
  );
}
