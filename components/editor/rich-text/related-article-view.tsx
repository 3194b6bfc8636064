import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useEditorServices } from "./editor-services";
import { BlockBar, BlockButton, readString } from "./node-view-parts";

export function RelatedArticleView({ node, selected, deleteNode }: ReactNodeViewProps) {
  const services = useEditorServices();
  const articleId = readString(node.attrs.articleId);
  const title = services.articleTitle(articleId);
  return (
    <NodeViewWrapper
      role="group"
      aria-label="Related article"
      className={`rte-block rte-related${selected ? " is-selected" : ""}`}
    >
      <BlockBar label="Related article">
        <BlockButton
          label="Remove related article"
          onClick={deleteNode}
          disabled={services.disabled}
        >
          Remove
        </BlockButton>
      </BlockBar>
      <div className="rte-related-card" contentEditable={false}>
        <span className="rte-related-kicker">Read also</span>
        {title ? (
          <span className="rte-related-title">{title}</span>
        ) : (
          <span className="rte-missing">
            Article unavailable: it may be unpublished or deleted, and readers will not see this
            card.
          </span>
        )}
      </div>
    </NodeViewWrapper>
  );
}
