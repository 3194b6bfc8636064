import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useState } from "react";
import { useEditorServices } from "./editor-services";
import { AttributeField, BlockBar, BlockButton, readString } from "./node-view-parts";

const FROM_LIBRARY = "Left empty, the media library's text (in grey) is used.";

export function ImageView({ node, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const services = useEditorServices();
  const [picking, setPicking] = useState(false);
  const mediaId = readString(node.attrs.mediaId);
  const alt = readString(node.attrs.alt);
  const src = services.mediaSrc(mediaId);
  // Empty fields fall back to the library's text, as on the public page.
  const library = services.mediaText(mediaId);
  const disabled = services.disabled;

  async function replace() {
    setPicking(true);
    try {
      const picked = await services.pickImage();
      if (!picked) return;
      services.rememberMedia(picked.mediaId, picked.src);
      // Texts written for the old image do not describe the new one.
      updateAttributes({ mediaId: picked.mediaId, alt: "", caption: "", credit: "" });
    } catch {
      // The media picker belongs to the page, which reports its own failures.
    } finally {
      setPicking(false);
    }
  }

  return (
    <NodeViewWrapper
      role="group"
      aria-label="Image"
      className={`rte-block rte-image${selected ? " is-selected" : ""}`}
    >
      <BlockBar label="Image">
        <BlockButton label="Replace image" onClick={replace} disabled={disabled || picking}>
          Replace
        </BlockButton>
        <BlockButton label="Remove image" onClick={deleteNode} disabled={disabled}>
          Remove
        </BlockButton>
      </BlockBar>
      <div className="rte-image-preview" contentEditable={false}>
        {src ? (
          // A preview of any stored size inside the editing surface; next/image
          // would need dimensions the node does not carry.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={src} alt={alt || library?.alt || ""} />
        ) : (
          <p className="rte-missing">This image is no longer in the media library.</p>
        )}
      </div>
      <div className="rte-fields" contentEditable={false}>
        <AttributeField
          label="Alt text"
          hint={`Describe the image for readers who can't see it.${library?.alt ? ` ${FROM_LIBRARY}` : ""}`}
          value={alt}
          placeholder={library?.alt}
          maxLength={500}
          disabled={disabled}
          onChange={(value) => updateAttributes({ alt: value })}
        />
        <AttributeField
          label="Caption"
          hint={library?.caption ? FROM_LIBRARY : undefined}
          value={readString(node.attrs.caption)}
          placeholder={library?.caption}
          maxLength={1000}
          multiline
          disabled={disabled}
          onChange={(caption) => updateAttributes({ caption })}
        />
        <AttributeField
          label="Credit"
          hint={library?.credit ? FROM_LIBRARY : undefined}
          value={readString(node.attrs.credit)}
          placeholder={library?.credit}
          maxLength={300}
          disabled={disabled}
          onChange={(credit) => updateAttributes({ credit })}
        />
      </div>
    </NodeViewWrapper>
  );
}
