"use client";

import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import "@/app/styles/editor-media.css";
import { uploadMedia, type UploadedImage } from "./media-requests";
import { queueFile, queueSummary, type QueuedFile } from "./upload-queue";
import { UploadRow } from "./upload-row";

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";
const LIMITS = { alt: 500, caption: 1000, credit: 300 } as const;
const FIELD_LABELS: Record<string, string> = {
  alt: "Alt text",
  caption: "Caption",
  credit: "Credit",
};

/**
 * Uploads images with their alt text (one each) and a caption and credit
 * (shared by the batch). Files go one at a time, each with its own progress
 * bar and its own answer, so one refusal never costs the others. Each
 * stored image is handed to `onUploaded`, duplicates included.
 */
export function MediaUpload({
  onUploaded,
  onSignedOut,
  multiple = false,
  heading = "Upload a new image",
  itemHref,
}: {
  onUploaded: (item: UploadedImage) => void;
  onSignedOut: (message: string) => void;
  /** Several files at once (the library); the picker takes one. */
  multiple?: boolean;
  heading?: string;
  /** Where a stored image can be opened, linked from its row. */
  itemHref?: (item: UploadedImage) => string;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  // The loop below reads the latest queue between awaits; state alone would be stale.
  const queueRef = useRef(queue);
  const [text, setText] = useState({ caption: "", credit: "" });
  const [dragging, setDragging] = useState(false);
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const nextKey = useRef(1);
  const abort = useRef<AbortController | null>(null);
  const stopped = useRef(false);

  // Every object URL made is released when the form goes away.
  useEffect(
    () => () => {
      abort.current?.abort();
      for (const entry of queueRef.current) if (entry.preview) URL.revokeObjectURL(entry.preview);
    },
    [],
  );

  function commit(next: QueuedFile[]) {
    queueRef.current = next;
    setQueue(next);
  }

  function patch(key: number, change: Partial<QueuedFile>) {
    commit(queueRef.current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }

  function release(entries: QueuedFile[]) {
    for (const entry of entries) if (entry.preview) URL.revokeObjectURL(entry.preview);
  }

  function add(files: File[]) {
    setNotice(null);
    if (!files.length) return;
    const chosen = multiple ? files : files.slice(0, 1);
    const entries = chosen.map((file) =>
      queueFile(nextKey.current++, file, (image) => URL.createObjectURL(image)),
    );
    // The picker holds one file: a new choice replaces the last.
    if (!multiple) release(queueRef.current);
    commit(multiple ? [...queueRef.current, ...entries] : entries);
    if (!multiple && files.length > 1) {
      setNotice("Only the first file was taken: one image at a time here.");
    }
  }

  function remove(key: number) {
    release(queueRef.current.filter((entry) => entry.key === key));
    commit(queueRef.current.filter((entry) => entry.key !== key));
  }

  function clearFinished() {
    release(queueRef.current.filter((entry) => entry.status !== "ready"));
    commit(queueRef.current.filter((entry) => entry.status === "ready"));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!running) add([...event.dataTransfer.files]);
  }

  async function uploadAll() {
    const waiting = queueRef.current.filter((entry) => entry.status === "ready");
    if (!waiting.length) return;
    setNotice(null);
    setRunning(true);
    stopped.current = false;
    let stored = 0;
    for (const { key } of waiting) {
      const entry = queueRef.current.find((candidate) => candidate.key === key);
      if (stopped.current || !entry || entry.status !== "ready") continue;
      patch(key, { status: "uploading", progress: 0, error: null });
      abort.current = new AbortController();
      const result = await uploadMedia(
        { file: entry.file, alt: entry.alt, ...text },
        (progress) => patch(key, { progress }),
        abort.current.signal,
      );
      if (result.ok) {
        stored += 1;
        patch(key, {
          status: result.data.duplicate ? "duplicate" : "done",
          progress: 1,
          item: result.data,
        });
        onUploaded(result.data);
        continue;
      }
      if (stopped.current) {
        // Cancelled by the person uploading: the file waits for another try.
        patch(key, { status: "ready", progress: 0 });
        break;
      }
      const fields = Object.entries(result.fieldErrors ?? {});
      const message = fields.length
        ? fields
            .map(([field, text]) =>
              FIELD_LABELS[field] ? `${FIELD_LABELS[field]}: ${text}` : text,
            )
            .join(" ")
        : result.error;
      patch(key, { status: "failed", progress: 0, error: message });
      if (result.code === "unauthenticated") {
        onSignedOut(result.error);
        break;
      }
    }
    abort.current = null;
    setRunning(false);
    if (stopped.current) setNotice("Upload cancelled. Files not yet sent are still listed.");
    else if (stored > 0) setText({ caption: "", credit: "" });
  }

  function cancel() {
    stopped.current = true;
    abort.current?.abort();
  }

  const ready = queue.filter((entry) => entry.status === "ready").length;
  const finished = queue.length - ready - queue.filter((e) => e.status === "uploading").length;
  const summary = queueSummary(queue);

  return (
    <section className="mp-upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{heading}</h3>
      <div
        className="mp-drop"
        data-dragging={dragging ? "" : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="mp-drop-label">
          <strong>{multiple ? "Drop images here" : "Drop an image here"}</strong>
          <span>
            or choose {multiple ? "files" : "a file"} · JPEG, PNG, WebP, AVIF, GIF up to 25 MB
          </span>
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          multiple={multiple}
          className="mp-file"
          onChange={(event) => {
            add([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
          disabled={running}
        />
      </div>
      {notice ? (
        <p className="ed-field-error" role="alert">
          {notice}
        </p>
      ) : null}
      {queue.length ? (
        <ul className="mu-queue" aria-label="Files to upload">
          {queue.map((entry) => (
            <UploadRow
              key={entry.key}
              entry={entry}
              altLimit={LIMITS.alt}
              busy={running}
              itemHref={itemHref}
              onAlt={(alt) => patch(entry.key, { alt })}
              onRemove={() => remove(entry.key)}
            />
          ))}
        </ul>
      ) : null}
      {(["caption", "credit"] as const).map((field) => (
        <div className="ed-field" key={field}>
          <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
          {field === "caption" ? (
            <textarea
              id={`${id}-${field}`}
              rows={2}
              value={text.caption}
              maxLength={LIMITS.caption}
              disabled={running}
              onChange={(event) => setText({ ...text, caption: event.target.value })}
            />
          ) : (
            <input
              id={`${id}-${field}`}
              value={text.credit}
              maxLength={LIMITS.credit}
              disabled={running}
              placeholder="Name/Agency"
              onChange={(event) => setText({ ...text, credit: event.target.value })}
            />
          )}
        </div>
      ))}
      {multiple ? (
        <p className="ed-hint">Caption and credit go with every image of this upload.</p>
      ) : null}
      <div className="mp-upload-actions">
        <button
          type="button"
          className="ed-button ed-button-primary"
          onClick={uploadAll}
          disabled={running || ready === 0}
        >
          {running ? "Uploading…" : ready > 1 ? `Upload ${ready} images` : "Upload"}
        </button>
        {running ? (
          <button type="button" className="ed-button ed-button-quiet" onClick={cancel}>
            Cancel upload
          </button>
        ) : finished > 0 && multiple ? (
          <button type="button" className="ed-button ed-button-quiet" onClick={clearFinished}>
            Clear finished
          </button>
        ) : null}
      </div>
      <p className="ed-hint" aria-live="polite">
        {summary}
      </p>
      <p className="ed-hint">Location and camera data are removed from every upload.</p>
    </section>
  );
}
