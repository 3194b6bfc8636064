"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page
 * inert (focus stays inside), Escape closes it, and the browser returns
 * focus to where it was. Content is only rendered while open; mark the
 * control to start on with `data-autofocus` (React's autoFocus runs before
 * the dialog opens, so it cannot be used).
 */
export function ModalDialog({
  open,
  title,
  onClose,
  className = "",
  closeLabel = "Close",
  closeOnBackdrop = false,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  className?: string;
  closeLabel?: string;
  closeOnBackdrop?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first control; a marked one is a better start.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`ae-dialog ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog and the state agree.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      {open ? (
        <div className="ae-dialog-frame">
          <header className="ae-dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="ed-button ed-button-quiet ae-dialog-close"
              onClick={onClose}
              aria-label={closeLabel}
            >
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
