import { useId, useState, type ReactNode } from "react";

/** The label row above a block: what it is, a drag handle and its actions. */
export function BlockBar({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="rte-block-bar" contentEditable={false}>
      <span className="rte-drag-handle" data-drag-handle="" title="Drag to move" aria-hidden="true">
        ⠿
      </span>
      <span className="rte-block-label">{label}</span>
      <span className="rte-block-actions">{children}</span>
    </div>
  );
}

export function BlockButton({
  onClick,
  disabled,
  label,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="rte-block-button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={label}
    >
      {children}
    </button>
  );
}

/**
 * A labelled text input bound to a node attribute. It keeps its own draft so
 * the caret stays put while each keystroke round-trips through the editor;
 * a different value coming back (undo, another view) replaces the draft.
 */
export function AttributeField({
  label,
  hint,
  value,
  maxLength,
  multiline = false,
  disabled,
  placeholder,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  /** Shown while empty: what an empty value stands for. */
  placeholder?: string;
  maxLength: number;
  multiline?: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  const common = {
    id,
    value: draft,
    maxLength,
    disabled,
    placeholder,
    "aria-describedby": hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onChange(event.target.value);
    },
  };
  return (
    <div className="rte-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint ? (
        <span id={`${id}-hint`} className="rte-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function readString(value: unknown): string {
  return typeof value === "string" ? value : "";
}
