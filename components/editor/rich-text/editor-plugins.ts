import { Extension } from "@tiptap/react";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { clampHeadingLevel } from "./to-document";

/** Renames pasted h1/h5/h6 to the nearest level the article schema allows. */
export function clampPastedHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s/>])/gi,
    (_match, slash: string, level: string) => `<${slash}h${clampHeadingLevel(Number(level))}`,
  );
}

export const PasteCleanup = Extension.create({
  name: "pasteCleanup",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("pasteCleanup"),
        props: { transformPastedHTML: clampPastedHeadings },
      }),
    ];
  },
});

/** Shows a placeholder in the first paragraph while the document is empty. */
export const EmptyPlaceholder = Extension.create<{ text: string }>({
  name: "emptyPlaceholder",
  addOptions() {
    return { text: "" };
  },
  addProseMirrorPlugins() {
    const text = this.options.text;
    return [
      new Plugin({
        key: new PluginKey("emptyPlaceholder"),
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            if (doc.childCount !== 1 || !first || first.type.name !== "paragraph") return null;
            if (first.content.size > 0) return null;
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, {
                class: "is-editor-empty",
                "data-placeholder": text,
              }),
            ]);
          },
        },
      }),
    ];
  },
});
