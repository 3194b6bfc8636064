import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { EMBED_PROVIDER_NAMES } from "@/lib/documents/schema";
import { detectEmbed } from "./embed-url";
import { insertBlock } from "./insert-block";
import { PanelError, PanelFrame } from "./panel-frame";

const PROVIDERS = Object.values(EMBED_PROVIDER_NAMES).join(", ");

export function EmbedPanel({
  id,
  editor,
  onClose,
}: {
  id: string;
  editor: Editor;
  onClose: () => void;
}) {
  const inputId = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);

  function insert() {
    const result = detectEmbed(value);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    insertBlock(editor, {
      type: "embed",
      attrs: { provider: result.provider, url: result.url, caption: "" },
    });
    onClose();
  }

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <PanelFrame id={id} title="Embed a post or video" onClose={onClose} onSubmit={insert}>
      <label htmlFor={inputId} className="rte-panel-label">
        Address of the post, video or track
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        className="rte-input"
        placeholder="https://"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${hintId} ${errorId}`}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      <p id={hintId} className="rte-panel-hint">
        Supported: {PROVIDERS}. Readers see a link card; nothing loads from the other site.
      </p>
      <PanelError id={errorId} message={error} />
      <div className="rte-panel-actions">
        <button type="submit" className="rte-button rte-button-primary">
          Embed
        </button>
        <button type="button" className="rte-button rte-button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </PanelFrame>
  );
}
