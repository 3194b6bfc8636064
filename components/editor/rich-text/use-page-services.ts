"use client";

import { useCallback, useMemo } from "react";
import type { MediaItem } from "@/lib/media/dto";
import type { RichTextEditorProps } from "./rich-text-editor";

type Services = Pick<
  RichTextEditorProps,
  "pickImage" | "searchArticles" | "describeMedia" | "describeArticle"
>;

/**
 * What a page gives its rich-text editor: the media picker (each picture
 * picked is remembered, so the page can describe it), the page's own story
 * search, and the descriptions of what the document already shows. Also
 * `pickMedia`, for the page's other pictures (a hero, a sharing image).
 */
export function usePageServices({
  pick,
  refs,
  searchArticles,
}: {
  pick: (title: string) => Promise<MediaItem | null>;
  refs: {
    rememberMedia: (item: MediaItem) => void;
    describeMedia: Services["describeMedia"];
    describeArticle: Services["describeArticle"];
  };
  searchArticles: Services["searchArticles"];
}) {
  const { rememberMedia, describeMedia, describeArticle } = refs;
  const pickMedia = useCallback(
    async (title: string) => {
      const item = await pick(title);
      if (item) rememberMedia(item);
      return item;
    },
    [pick, rememberMedia],
  );
  const pickImage = useCallback(async () => {
    const item = await pickMedia("Insert an image");
    return item
      ? {
          mediaId: item.id,
          src: item.src,
          alt: item.alt,
          caption: item.caption,
          credit: item.credit,
        }
      : null;
  }, [pickMedia]);
  const services: Services = useMemo(
    () => ({ pickImage, searchArticles, describeMedia, describeArticle }),
    [pickImage, searchArticles, describeMedia, describeArticle],
  );
  return { services, pickMedia };
}
