import { createContext, useContext } from "react";
import type { RichTextEditorProps } from "./rich-text-editor";

/**
 * What node views need from the page: the media picker and previews of
 * referenced media and articles. Node views render through portals inside
 * EditorContent, so React context reaches them.
 */
export interface EditorServices {
  disabled: boolean;
  pickImage: RichTextEditorProps["pickImage"];
  mediaSrc: (mediaId: string) => string | null;
  /** The media library's own alt text, caption and credit, shown where a block leaves its own empty. */
  mediaText: (mediaId: string) => { alt: string; caption: string; credit: string } | null;
  articleTitle: (articleId: string) => string | null;
  /** Remember previews of items picked in this session, which the page may not know yet. */
  rememberMedia: (mediaId: string, src: string) => void;
  rememberArticle: (articleId: string, title: string) => void;
}

export const EditorServicesContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext);
  if (!services) throw new Error("Rich-text node views must render inside RichTextEditor");
  return services;
}
