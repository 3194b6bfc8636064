import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useEditorServices } from "./editor-services";
import { EMBED_PROVIDER_NAMES } from "@/lib/documents/schema";
import { detectEmbed } from "./embed-url";
import { AttributeField, BlockBar, BlockButton, readString } from "./node-view-parts";

export function EmbedView({ node, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { disabled } = useEditorServices();
  const url = readString(node.attrs.url);
  const detected = detectEmbed(url);
  const provider = detected.ok ? EMBED_PROVIDER_NAMES[detected.provider] : "Unsupported embed";
  return (
    <NodeViewWrapper
      role="group"
      aria-label="Embed"
      className={`rte-block rte-embed${selected ? " is-selected" : ""}`}
    >
      <BlockBar label={`Embed · ${provider}`}>
        <BlockButton label="Remove embed" onClick={deleteNode} disabled={disabled}>
          Remove
        </BlockButton>
      </BlockBar>
      <div className="rte-embed-card" contentEditable={false}>
        <span className="rte-embed-provider">{provider}</span>
        <span className="rte-embed-url">{url}</span>
        {detected.ok ? null : (
          <span className="rte-missing">{detected.error} It will not be published.</span>
        )}
      </div>
      <div className="rte-fields" contentEditable={false}>
        <AttributeField
          label="Caption"
          value={readString(node.attrs.caption)}
          maxLength={1000}
          multiline
          disabled={disabled}
          onChange={(caption) => updateAttributes({ caption })}
        />
      </div>
    </NodeViewWrapper>
  );
}
