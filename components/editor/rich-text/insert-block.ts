import type { Editor, JSONContent } from "@tiptap/react";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";

/**
 * Inserts an image, embed or related-article block at the cursor and puts
 * the cursor in the paragraph after it (adding one when needed), so the
 * writer carries on typing and a second insert does not replace the first.
 */
export function insertBlock(editor: Editor, content: JSONContent): boolean {
  return editor
    .chain()
    .focus()
    .insertContent(content)
    .command(({ tr }) => {
      const { selection } = tr;
      if (!(selection instanceof NodeSelection)) return true;
      const after = selection.to;
      if (!tr.doc.nodeAt(after)?.isTextblock) {
        tr.insert(after, tr.doc.type.schema.nodes.paragraph!.create());
      }
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      return true;
    })
    .run();
}
