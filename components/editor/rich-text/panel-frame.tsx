import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";

/**
 * A small non-modal dialog under the toolbar. Escape closes it; the caller
 * decides where focus goes afterwards (back to the text, normally).
 */
export function PanelFrame({
  id,
  title,
  onClose,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onClose: () => void;
  onSubmit?: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, button")?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit?.();
  }

  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      className="rte-panel"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <p id={titleId} className="rte-panel-title">
        {title}
      </p>
      <form noValidate onSubmit={submit} className="rte-panel-form">
        {children}
      </form>
    </div>
  );
}

export function PanelError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="rte-panel-error" role="alert" hidden={!message}>
      {message}
    </p>
  );
}
