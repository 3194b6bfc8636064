"use client";

import { FormAlert } from "@/components/editor/manage/form-kit";
import { useState } from "react";
import { formatDateTime } from "@/lib/dates/format";
import { documentText } from "@/lib/documents/text";
import type { StaffUpdateDto } from "@/lib/liveblog/dto";
import { deleteUpdateAction, pinUpdateAction } from "@/lib/liveblog/actions";

const STATUS_LABELS = { DRAFT: "Draft", SCHEDULED: "Scheduled", PUBLISHED: "Posted" } as const;

/** The stream as staff see it, with what each may do to every update. */
export function UpdateList({
  updates,
  timeZone,
  canPin,
  editingId,
  onEdit,
  onDone,
}: {
  updates: StaffUpdateDto[];
  timeZone: string;
  canPin: boolean;
  editingId: string | null;
  onEdit: (id: string) => void;
  onDone: (message: string) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(
    id: string,
    work: () => Promise<{ ok: boolean; error?: string }>,
    message: string,
  ) {
    setBusy(id);
    setError(null);
    const result = await work().catch(() => ({
      ok: false,
      error: "That did not go through. Try again.",
    }));
    setBusy(null);
    setConfirming(null);
    if (result.ok) onDone(message);
    else setError(result.error ?? "That did not go through.");
  }

  return (
    <section className="ld-stream" aria-labelledby="ld-stream-heading">
      <h2 id="ld-stream-heading" className="ld-heading">
        Updates <span className="ld-count">{updates.length}</span>
      </h2>
      <FormAlert error={error} />
      {updates.length === 0 ? (
        <p className="ld-empty">Nothing posted yet. The first update starts the page.</p>
      ) : null}
      <ol className="ld-list">
        {updates.map((update) => {
          const text = documentText(update.body).replace(/\s+/g, " ").trim();
          return (
            <li
              key={update.id}
              className={`ld-item ld-item-${update.status.toLowerCase()}${update.id === editingId ? " is-editing" : ""}`}
            >
              <p className="ld-item-meta">
                <span className={`ld-status ld-status-${update.status.toLowerCase()}`}>
                  {STATUS_LABELS[update.status]}
                </span>
                {update.pinned ? <span className="ld-status ld-status-pinned">Pinned</span> : null}
                {update.publishedAt ? (
                  <time dateTime={update.publishedAt}>
                    {formatDateTime(new Date(update.publishedAt), timeZone)}
                  </time>
                ) : null}
                <span className="ld-item-author">{update.authorName}</span>
              </p>
              {update.title ? <p className="ld-item-title">{update.title}</p> : null}
              <p className="ld-item-text">{text.length > 240 ? `${text.slice(0, 239)}…` : text}</p>
              <div className="ld-item-actions">
                {update.mayEdit ? (
                  <button
                    type="button"
                    className="ed-button ed-button-quiet"
                    onClick={() => onEdit(update.id)}
                  >
                    Edit
                    <span className="visually-hidden"> {update.title || text.slice(0, 40)}</span>
                  </button>
                ) : null}
                {canPin && update.status === "PUBLISHED" ? (
                  <button
                    type="button"
                    className="ed-button ed-button-quiet"
                    disabled={busy === update.id}
                    onClick={() =>
                      run(
                        update.id,
                        () => pinUpdateAction({ id: update.id, pinned: !update.pinned }),
                        update.pinned ? "Update unpinned." : "Update pinned to the top.",
                      )
                    }
                  >
                    {update.pinned ? "Unpin" : "Pin"}
                  </button>
                ) : null}
                {update.mayDelete ? (
                  confirming === update.id ? (
                    <>
                      <button
                        type="button"
                        className="ed-button ed-button-danger"
                        disabled={busy === update.id}
                        onClick={() =>
                          run(
                            update.id,
                            () => deleteUpdateAction({ id: update.id }),
                            "Update deleted.",
                          )
                        }
                      >
                        Delete for good
                      </button>
                      <button
                        type="button"
                        className="ed-button ed-button-quiet"
                        onClick={() => setConfirming(null)}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="ed-button ed-button-quiet"
                      onClick={() => setConfirming(update.id)}
                    >
                      Delete
                    </button>
                  )
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
