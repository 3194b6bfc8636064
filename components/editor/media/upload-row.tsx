"use client";

import Link from "next/link";
import { useState } from "react";
import type { UploadedImage } from "./media-requests";
import { fileDescription, type QueuedFile } from "./upload-queue";

/** One file of an upload: what it is, its alt text, its progress and its answer. */
export function UploadRow({
  entry,
  altLimit,
  busy,
  itemHref,
  onAlt,
  onRemove,
}: {
  entry: QueuedFile;
  altLimit: number;
  busy: boolean;
  itemHref?: (item: UploadedImage) => string;
  onAlt: (alt: string) => void;
  onRemove: () => void;
}) {
  const [unreadable, setUnreadable] = useState(false);
  const id = `mu-file-${entry.key}`;
  const percent = Math.round(entry.progress * 100);
  const name = entry.file.name || "Pasted image";
  const link = entry.item && itemHref ? itemHref(entry.item) : null;
  return (
    <li className="mu-row" data-status={entry.status} aria-labelledby={`${id}-name`}>
      <span className="mu-thumb">
        {entry.preview && !unreadable ? (
          // A local object URL of the chosen file; next/image cannot load it.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={entry.preview}
            alt=""
            // A file that claims to be an image but is not leaves an empty square.
            onError={() => setUnreadable(true)}
          />
        ) : null}
      </span>
      <div className="mu-row-main">
        <div className="mu-row-head">
          <strong id={`${id}-name`} className="mu-name">
            {name}
          </strong>
          {entry.status === "ready" || entry.status === "failed" ? (
            <button
              type="button"
              className="ed-button ed-button-quiet mu-remove"
              onClick={onRemove}
              disabled={busy}
            >
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
        </div>
        <span className="mu-meta">{fileDescription(entry.file)}</span>
        {entry.status === "ready" ? (
          <div className="mu-alt">
            <label htmlFor={`${id}-alt`}>Alt text</label>
            <input
              id={`${id}-alt`}
              value={entry.alt}
              maxLength={altLimit}
              disabled={busy}
              placeholder="What the image shows"
              onChange={(event) => onAlt(event.target.value)}
            />
          </div>
        ) : null}
        {entry.status === "uploading" ? (
          <div className="mu-progress-line">
            <progress
              className="mp-progress"
              max={1}
              value={entry.progress}
              aria-label={`Upload progress of ${name}`}
            >
              {percent}%
            </progress>
            <span className="mu-percent" aria-hidden="true">
              {percent}%
            </span>
          </div>
        ) : null}
        {entry.status === "uploading" && entry.progress >= 1 ? (
          <span className="mu-meta">Sent; checking it and making resized copies…</span>
        ) : null}
        {entry.status === "done" || entry.status === "duplicate" ? (
          <p className="mu-result">
            <span aria-hidden="true">{entry.status === "done" ? "✓ " : "↺ "}</span>
            {entry.status === "done"
              ? "Uploaded."
              : "Already in the library: the image stored before is used."}
            {link ? (
              <>
                {" "}
                <Link href={link}>
                  Open<span className="visually-hidden"> {name}</span>
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
        {entry.status === "failed" && entry.error ? (
          <p className="ed-field-error mu-error">{entry.error}</p>
        ) : null}
      </div>
    </li>
  );
}
