import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useEditorServices } from "./editor-services";
import { AttributeField, BlockBar, readString } from "./node-view-parts";

export function PullQuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const { disabled } = useEditorServices();
  return (
    <NodeViewWrapper role="group" aria-label="Pull quote" className="rte-block rte-pull-quote">
      <BlockBar label="Pull quote" />
      <blockquote>
        <NodeViewContent<"p"> as="p" className="rte-pull-quote-text" />
      </blockquote>
      <div className="rte-fields" contentEditable={false}>
        <AttributeField
          label="Attribution"
          hint="Who said it, shown under the quote."
          value={readString(node.attrs.attribution)}
          maxLength={200}
          disabled={disabled}
          onChange={(attribution) => updateAttributes({ attribution })}
        />
      </div>
    </NodeViewWrapper>
  );
}
