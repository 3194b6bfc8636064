import { Node, mergeAttributes, wrappingInputRule } from "@tiptap/react";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { PullQuoteView } from "./pull-quote-view";

/*
 * StarterKit's blockquote and listItem accept any block; the article schema
 * allows paragraphs only, so these replace them with the same names,
 * commands and shortcuts but narrower content.
 */

export const ParagraphBlockquote = Node.create({
  name: "blockquote",
  group: "block",
  content: "paragraph+",
  defining: true,
  parseHTML() {
    return [{ tag: "blockquote" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["blockquote", mergeAttributes(HTMLAttributes), 0];
  },
  addCommands() {
    return {
      setBlockquote:
        () =>
        ({ commands }) =>
          commands.wrapIn(this.name),
      toggleBlockquote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
      unsetBlockquote:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-b": () => this.editor.commands.toggleBlockquote() };
  },
  addInputRules() {
    return [wrappingInputRule({ find: /^\s*>\s$/, type: this.type })];
  },
});

export const ParagraphListItem = Node.create({
  name: "listItem",
  content: "paragraph+",
  defining: true,
  parseHTML() {
    return [{ tag: "li" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["li", mergeAttributes(HTMLAttributes), 0];
  },
  // No Tab binding: lists cannot nest, so Tab keeps moving focus.
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name),
    };
  },
});

export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      attribution: {
        default: "",
        parseHTML: (element) =>
          element.getAttribute("data-attribution") ??
          element.querySelector("figcaption")?.textContent?.replace(/^[—–-]\s*/, "") ??
          "",
        renderHTML: (attributes) => ({ "data-attribution": attributes.attribution }),
      },
    };
  },
  parseHTML() {
    return [
      { tag: 'figure[data-type="pull-quote"]', contentElement: "blockquote p, blockquote" },
      { tag: "figure.pull-quote", contentElement: "blockquote p, blockquote" },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "figure",
      mergeAttributes({ "data-type": "pull-quote" }, HTMLAttributes),
      ["blockquote", ["p", 0]],
    ];
  },
  addNodeView() {
    // Inline content needs an inline container: the default <div> inside <p> is invalid.
    return ReactNodeViewRenderer(PullQuoteView, { contentDOMElementTag: "span" });
  },
});
