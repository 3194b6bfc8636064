"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useMemo, useRef, useState, type JSX } from "react";
import { countWords } from "@/lib/documents/text";
import type { ArticleDocument } from "@/lib/documents/dto";
import { EditorServicesContext, type EditorServices } from "./editor-services";
import { EmbedPanel } from "./embed-panel";
import { createExtensions } from "./extensions";
import { insertBlock } from "./insert-block";
import { LinkPanel } from "./link-panel";
import { RelatedPanel } from "./related-panel";
import { toArticleDocument, toEditorContent } from "./to-document";
import { Toolbar, type ToolbarPanel } from "./toolbar";

export interface RichTextEditorProps {
  /** Initial document; later changes to this prop are ignored unless `resetKey` changes. */
  value: ArticleDocument;
  resetKey?: string | number;
  onChange: (doc: ArticleDocument) => void; // called with the normalised document on every change
  /** Open the media picker; resolves with the chosen image or null. */
  pickImage: () => Promise<{
    mediaId: string;
    src: string;
    alt: string;
    caption: string;
    credit: string;
  } | null>;
  /** Search published articles for the inline related-article card. */
  searchArticles: (
    query: string,
  ) => Promise<{ id: string; title: string; standfirst: string; imageSrc: string | null }[]>;
  /**
   * Resolve a mediaId to a displayable URL (and the library's texts, when
   * known) and an articleId to its title, for node views of existing content.
   */
  describeMedia: (
    mediaId: string,
  ) => { src: string; alt?: string; caption?: string; credit?: string } | null;
  describeArticle: (articleId: string) => { title: string } | null;
  disabled?: boolean;
  /** id of an element that labels the editor (aria-labelledby). */
  labelledBy?: string;
}

/**
 * The article body editor. Its input and output are the article body
 * document of lib/documents/schema.ts; a new `resetKey` starts over from
 * `value` with a fresh undo history.
 */
export function RichTextEditor(props: RichTextEditorProps): JSX.Element {
  return <EditorInstance key={props.resetKey ?? ""} {...props} />;
}

function EditorInstance({
  value,
  onChange,
  pickImage,
  searchArticles,
  describeMedia,
  describeArticle,
  disabled = false,
  labelledBy,
}: RichTextEditorProps) {
  const panelId = useId();
  const stickyRef = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState<ToolbarPanel | null>(null);
  const openLink = useRef<() => void>(() => {});
  // Previews of media and articles picked in this session, before the page knows them.
  const [seenMedia] = useState(() => new Map<string, string>());
  const [seenArticles] = useState(() => new Map<string, string>());

  // Stable across renders so useEditor does not reconfigure the editor each time.
  const [extensions] = useState(createExtensions);
  const [content] = useState(() => toEditorContent(value));
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: "rte-content",
        role: "textbox",
        "aria-multiline": "true",
        ...(labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": "Article text" }),
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if (!(event.metaKey || event.ctrlKey) || event.altKey || event.key.toLowerCase() !== "k") {
          return false;
        }
        event.preventDefault();
        openLink.current();
        return true;
      },
    }),
    [labelledBy],
  );

  const editor = useEditor({
    immediatelyRender: false,
    // The base ProseMirror rules live in editor-rich-text.css instead of an injected <style>.
    injectCSS: false,
    extensions,
    content,
    editable: !disabled,
    editorProps,
    onUpdate: ({ editor: current }) => onChange(toArticleDocument(current.getJSON())),
  });

  useEffect(() => {
    openLink.current = () => {
      if (!disabled) setPanel("link");
    };
  }, [disabled]);

  useEffect(() => {
    if (editor && editor.isEditable === disabled) editor.setEditable(!disabled, false);
  }, [editor, disabled]);

  useEffect(() => {
    if (!panel) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!stickyRef.current?.contains(event.target as Node)) setPanel(null);
    };
    document.addEventListener("pointerdown", closeOnOutsidePointer);
    return () => document.removeEventListener("pointerdown", closeOnOutsidePointer);
  }, [panel]);

  const services = useMemo<EditorServices>(
    () => ({
      disabled,
      pickImage,
      mediaSrc: (mediaId) => seenMedia.get(mediaId) ?? describeMedia(mediaId)?.src ?? null,
      mediaText: (mediaId) => {
        const known = describeMedia(mediaId);
        return known
          ? { alt: known.alt ?? "", caption: known.caption ?? "", credit: known.credit ?? "" }
          : null;
      },
      articleTitle: (articleId) =>
        seenArticles.get(articleId) ?? describeArticle(articleId)?.title ?? null,
      rememberMedia: (mediaId, src) => seenMedia.set(mediaId, src),
      rememberArticle: (articleId, title) => seenArticles.set(articleId, title),
    }),
    [disabled, pickImage, describeMedia, describeArticle, seenMedia, seenArticles],
  );

  async function insertImage(target: Editor) {
    const picked = await pickImage();
    if (!picked || target.isDestroyed) return;
    seenMedia.set(picked.mediaId, picked.src);
    // The block starts with no text of its own: it shows the library's, so a
    // later fix in the library reaches it; whatever is typed here is its own.
    insertBlock(target, {
      type: "image",
      attrs: { mediaId: picked.mediaId, alt: "", caption: "", credit: "" },
    });
  }

  function closePanel() {
    setPanel(null);
    // At once, not on the next frame as Tiptap's focus command does: keys
    // pressed right after "Add link" must reach the text, not the page.
    if (editor && !editor.isDestroyed) editor.view.focus();
  }

  return (
    <EditorServicesContext.Provider value={services}>
      <div className="rte" data-disabled={disabled ? "" : undefined}>
        <div className="rte-sticky" ref={stickyRef}>
          {editor ? (
            <Toolbar
              editor={editor}
              disabled={disabled}
              panel={panel}
              panelId={panelId}
              onPanel={setPanel}
              onInsertImage={() => insertImage(editor)}
            />
          ) : (
            <div className="rte-toolbar" aria-hidden="true" />
          )}
          {editor && !disabled && panel === "link" ? (
            <LinkPanel id={panelId} editor={editor} onClose={closePanel} />
          ) : null}
          {editor && !disabled && panel === "embed" ? (
            <EmbedPanel id={panelId} editor={editor} onClose={closePanel} />
          ) : null}
          {editor && !disabled && panel === "related" ? (
            <RelatedPanel
              id={panelId}
              editor={editor}
              searchArticles={searchArticles}
              onPicked={(article) => seenArticles.set(article.id, article.title)}
              onClose={closePanel}
            />
          ) : null}
        </div>
        <EditorContent editor={editor} className="rte-surface" />
        {editor ? <WordCount editor={editor} /> : null}
      </div>
    </EditorServicesContext.Provider>
  );
}

function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { doc } = current.state;
      return countWords(doc.textBetween(0, doc.content.size, "\n", "\n"));
    },
  });
  return (
    <p className="rte-status">
      {words.toLocaleString("en")} {words === 1 ? "word" : "words"}
    </p>
  );
}
