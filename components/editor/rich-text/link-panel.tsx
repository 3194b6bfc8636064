import { TextSelection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { isExternalHref } from "@/lib/documents/links";
import { normalizeLinkHref } from "./link-href";
import { PanelError, PanelFrame } from "./panel-frame";

export function LinkPanel({
  id,
  editor,
  onClose,
}: {
  id: string;
  editor: Editor;
  onClose: () => void;
}) {
  const inputId = useId();
  const [existing] = useState(() => {
    const href: unknown = editor.getAttributes("link").href;
    return typeof href === "string" ? href : "";
  });
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const result = normalizeLinkHref(value);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { href } = result;
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: the address as typed becomes the linked text, and
      // typing carries on unlinked after it.
      const text = value.trim();
      editor
        .chain()
        .insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] })
        .unsetMark("link")
        .run();
    } else {
      // The caret goes after the link rather than leaving its words
      // selected, where the next Enter or letter would replace them.
      editor
        .chain()
        .extendMarkRange("link")
        .setLink({ href })
        .command(({ tr }) => {
          tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
          return true;
        })
        .unsetMark("link")
        .run();
    }
    onClose();
  }

  function remove() {
    editor.chain().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  const errorId = `${inputId}-error`;
  return (
    <PanelFrame
      id={id}
      title={existing ? "Edit link" : "Add link"}
      onClose={onClose}
      onSubmit={apply}
    >
      <label htmlFor={inputId} className="rte-panel-label">
        Link address
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        className="rte-input"
        placeholder="https://… or /section/story"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      <PanelError id={errorId} message={error} />
      <div className="rte-panel-actions">
        <button type="submit" className="rte-button rte-button-primary">
          {existing ? "Update" : "Add link"}
        </button>
        {existing ? (
          <button type="button" className="rte-button" onClick={remove}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="rte-button rte-button-quiet" onClick={onClose}>
          Cancel
        </button>
        {existing && isExternalHref(existing) ? (
          <a className="rte-panel-open" href={existing} target="_blank" rel="noopener noreferrer">
            Open in new tab
          </a>
        ) : null}
      </div>
    </PanelFrame>
  );
}
