import type { Extensions } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "@/lib/documents/links";
import { ParagraphBlockquote, ParagraphListItem, PullQuote } from "./block-nodes";
import { EmptyPlaceholder, PasteCleanup } from "./editor-plugins";
import { EmbedBlock, ImageBlock, RelatedArticleBlock } from "./embed-nodes";

const PLACEHOLDER = "Write the story…";

/**
 * The editor's schema: exactly the nodes and marks of lib/documents/schema.ts,
 * under the same names, so whatever is typed or pasted can be saved.
 */
export function createExtensions(): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      blockquote: false,
      listItem: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        // Autolinking makes the mark inclusive, so typing after any link
        // would extend it; links are added deliberately (toolbar, Mod-K, or
        // pasting an address over selected text).
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: "https",
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer", target: null },
      },
    }),
    ParagraphBlockquote,
    ParagraphListItem,
    PullQuote,
    ImageBlock,
    EmbedBlock,
    RelatedArticleBlock,
    PasteCleanup,
    EmptyPlaceholder.configure({ text: PLACEHOLDER }),
  ];
}
