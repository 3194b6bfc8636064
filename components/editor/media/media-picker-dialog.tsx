"use client";

import Image from "next/image";
import { useEffect, useId, useRef, useState } from "react";
import { ModalDialog } from "@/components/editor/article/modal-dialog";
import { listMedia, type MediaItem, type UploadedImage } from "./media-requests";
import { MediaUpload } from "./media-upload";

/** The media library as a modal: search and choose an image, or upload one. */
export function MediaPickerDialog({
  open,
  title,
  canUpload,
  onPick,
  onClose,
}: {
  open: boolean;
  title: string;
  canUpload: boolean;
  onPick: (item: MediaItem) => void;
  onClose: () => void;
}) {
  return (
    <ModalDialog open={open} title={title} onClose={onClose} className="mp-dialog" closeOnBackdrop>
      <MediaPickerBody canUpload={canUpload} onPick={onPick} onClose={onClose} />
    </ModalDialog>
  );
}

function MediaPickerBody({
  canUpload,
  onPick,
  onClose,
}: {
  canUpload: boolean;
  onPick: (item: MediaItem) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [announce, setAnnounce] = useState("");
  const useButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(
      async () => {
        setLoading(true);
        try {
          const result = await listMedia(query, controller.signal);
          if (result.ok) {
            setItems(result.data);
            setError(null);
            setAnnounce(
              result.data.length === 0
                ? "No images match."
                : `${result.data.length} ${result.data.length === 1 ? "image" : "images"}.`,
            );
          } else {
            setError(result.error);
          }
        } catch (caught) {
          if ((caught as Error).name !== "AbortError") {
            setError("The media library could not be reached. Check the connection and try again.");
          }
        } finally {
          if (!controller.signal.aborted) setLoading(false);
        }
      },
      query ? 250 : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function uploaded(item: UploadedImage) {
    setItems((current) => [item, ...current.filter((other) => other.id !== item.id)]);
    setSelected(item);
    setAnnounce(
      `${item.duplicate ? "Already in the library" : "Uploaded"} and selected. Choose “Use this image” to place it.`,
    );
    useButton.current?.focus();
  }

  return (
    <>
      <div className="mp-body">
        <section className="mp-library" aria-labelledby={`${id}-library`}>
          <h3 id={`${id}-library`} className="visually-hidden">
            Media library
          </h3>
          <div className="ed-field mp-search">
            <label htmlFor={`${id}-q`}>Search the library</label>
            <input
              id={`${id}-q`}
              type="search"
              value={query}
              placeholder="Alt text, caption or credit"
              onChange={(event) => setQuery(event.target.value)}
              data-autofocus
            />
          </div>
          {error ? (
            <p className="ed-error-summary" role="alert">
              {error}
            </p>
          ) : null}
          <p className="visually-hidden" aria-live="polite">
            {loading ? "Loading images…" : announce}
          </p>
          {!loading && !error && items.length === 0 ? (
            <p className="mp-empty">
              {query
                ? "No images match your search."
                : "The library is empty. Upload the first image."}
            </p>
          ) : null}
          <ul className="mp-grid" aria-busy={loading} aria-label="Images">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="mp-thumb"
                  aria-pressed={selected?.id === item.id}
                  onClick={() => setSelected(item)}
                  onDoubleClick={() => onPick(item)}
                >
                  <span className="mp-thumb-image">
                    <Image src={item.src} alt="" fill sizes="10rem" />
                  </span>
                  <span className="mp-thumb-text">{item.alt || item.caption || "No alt text"}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        {canUpload ? (
          <MediaUpload onUploaded={uploaded} onSignedOut={(message) => setError(message)} />
        ) : null}
      </div>
      <footer className="mp-footer">
        <p className="mp-selection" aria-live="polite">
          {selected ? (
            <>
              <strong>Selected:</strong> {selected.alt || "No alt text"}
              {selected.credit ? <span className="ed-muted"> · {selected.credit}</span> : null}
              {selected.width && selected.height ? (
                <span className="ed-muted">
                  {" "}
                  · {selected.width}×{selected.height}
                </span>
              ) : null}
            </>
          ) : (
            <span className="ed-muted">Select an image, or double-click to use it at once.</span>
          )}
        </p>
        <button type="button" className="ed-button" onClick={onClose}>
          Cancel
        </button>
        <button
          ref={useButton}
          type="button"
          className="ed-button ed-button-primary"
          disabled={!selected}
          onClick={() => selected && onPick(selected)}
        >
          Use this image
        </button>
      </footer>
    </>
  );
}
