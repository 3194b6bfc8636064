"use client";

import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { uploadMedia, type MediaItem } from "./media-requests";

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";
const LIMITS = { alt: 500, caption: 1000, credit: 300 } as const;

/** Upload one image with its alt text, caption and credit; hands back the stored item. */
export function MediaUpload({
  onUploaded,
  onSignedOut,
}: {
  onUploaded: (item: MediaItem) => void;
  onSignedOut: (message: string) => void;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [text, setText] = useState({ alt: "", caption: "", credit: "" });
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const abort = useRef<AbortController | null>(null);

  const previewRef = useRef<string | null>(null);

  useEffect(
    () => () => {
      abort.current?.abort();
      if (previewRef.current) URL.revokeObjectURL(previewRef.current);
    },
    [],
  );

  function showPreview(next: File | null) {
    if (previewRef.current) URL.revokeObjectURL(previewRef.current);
    previewRef.current = next ? URL.createObjectURL(next) : null;
    setPreview(previewRef.current);
  }

  function choose(next: File | undefined) {
    setErrors({});
    if (!next) return;
    if (!next.type.startsWith("image/")) {
      setErrors({ file: "Choose an image file (JPEG, PNG, WebP, AVIF or GIF)." });
      return;
    }
    setFile(next);
    showPreview(next);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  async function upload() {
    if (!file) {
      setErrors({ file: "Choose an image to upload." });
      inputRef.current?.focus();
      return;
    }
    setErrors({});
    setProgress(0);
    abort.current = new AbortController();
    const result = await uploadMedia({ file, ...text }, setProgress, abort.current.signal);
    setProgress(null);
    if (result.ok) {
      setFile(null);
      showPreview(null);
      setText({ alt: "", caption: "", credit: "" });
      if (inputRef.current) inputRef.current.value = "";
      onUploaded(result.data);
      return;
    }
    if (result.code === "unauthenticated") onSignedOut(result.error);
    setErrors({
      ...(result.fieldErrors ?? {}),
      ...(result.fieldErrors ? {} : { file: result.error }),
    });
  }

  const uploading = progress !== null;
  const describe = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <section className="mp-upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Upload a new image</h3>
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
        {preview ? (
          // A local object URL of the chosen file; next/image cannot load it.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={preview} alt="" className="mp-drop-preview" />
        ) : null}
        <label htmlFor={`${id}-file`} className="mp-drop-label">
          <strong>{file ? file.name : "Drop an image here"}</strong>
          <span>
            {file ? "or choose another file" : "or choose a file"} · JPEG, PNG, WebP, AVIF, GIF up
            to 25 MB
          </span>
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          className="mp-file"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describe("file")}
          onChange={(event) => choose(event.target.files?.[0])}
          disabled={uploading}
        />
      </div>
      {errors.file ? (
        <p id={`${id}-file-error`} className="ed-field-error">
          {errors.file}
        </p>
      ) : null}
      {(["alt", "caption", "credit"] as const).map((field) => (
        <div className="ed-field" key={field}>
          <label htmlFor={`${id}-${field}`}>
            {field === "alt" ? "Alt text" : field === "caption" ? "Caption" : "Credit"}
          </label>
          {field === "caption" ? (
            <textarea
              id={`${id}-${field}`}
              rows={2}
              value={text[field]}
              maxLength={LIMITS[field]}
              disabled={uploading}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describe(field)}
              onChange={(event) => setText({ ...text, [field]: event.target.value })}
            />
          ) : (
            <input
              id={`${id}-${field}`}
              value={text[field]}
              maxLength={LIMITS[field]}
              disabled={uploading}
              placeholder={field === "credit" ? "Name/Agency" : undefined}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describe(field)}
              onChange={(event) => setText({ ...text, [field]: event.target.value })}
            />
          )}
          {errors[field] ? (
            <span id={`${id}-${field}-error`} className="ed-field-error">
              {errors[field]}
            </span>
          ) : null}
        </div>
      ))}
      <div className="mp-upload-actions">
        <button type="button" className="ed-button" onClick={upload} disabled={uploading || !file}>
          {uploading ? "Uploading…" : "Upload"}
        </button>
        {uploading ? (
          <button
            type="button"
            className="ed-button ed-button-quiet"
            onClick={() => abort.current?.abort()}
          >
            Cancel upload
          </button>
        ) : null}
      </div>
      {uploading ? (
        <progress className="mp-progress" max={1} value={progress} aria-label="Upload progress">
          {Math.round(progress * 100)}%
        </progress>
      ) : null}
      <p className="ed-hint" aria-live="polite">
        {uploading ? `Uploading… ${Math.round(progress * 100)}%` : ""}
      </p>
      <p className="ed-hint">Location and camera data are removed from every upload.</p>
    </section>
  );
}
