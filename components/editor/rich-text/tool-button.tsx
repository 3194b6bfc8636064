import type { ReactNode } from "react";

export function ToolGroup({ children }: { children: ReactNode }) {
  return <div className="rte-tool-group">{children}</div>;
}

export function ToolButton({
  label,
  shortcut,
  pressed,
  expanded,
  controls,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: Shortcut;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      data-toolbar-item=""
      className="rte-tool"
      aria-label={label}
      aria-keyshortcuts={shortcut?.aria}
      title={shortcut ? `${label} (${shortcut.text})` : label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-haspopup={expanded === undefined ? undefined : "dialog"}
      aria-controls={controls}
      disabled={disabled}
      // Keep the text selection (and the editor's focus) when clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export interface Shortcut {
  text: string;
  aria: string;
}

/** "Mod" is Command on Apple keyboards and Control elsewhere, as in Tiptap's keymaps. */
export function describeShortcut(combo: string[], apple: boolean): Shortcut {
  const symbols: Record<string, string> = { Mod: "⌘", Alt: "⌥", Shift: "⇧" };
  return {
    text: apple
      ? combo.map((key) => symbols[key] ?? key).join("")
      : combo.map((key) => (key === "Mod" ? "Ctrl" : key)).join("+"),
    aria: combo.map((key) => (key === "Mod" ? (apple ? "Meta" : "Control") : key)).join("+"),
  };
}
