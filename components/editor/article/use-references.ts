"use client";

import { useCallback, useState } from "react";
import type { MediaItem } from "@/lib/media/dto";

/**
 * Images and articles the page can describe: those the article referred to
 * when it was opened, plus everything picked or found during the session.
 */
export function useReferences(initial: {
  media: MediaItem[];
  linkedArticles: { id: string; title: string }[];
}) {
  const [media, setMedia] = useState(() => new Map(initial.media.map((item) => [item.id, item])));
  const [articles, setArticles] = useState(
    () => new Map(initial.linkedArticles.map((article) => [article.id, article.title])),
  );

  const rememberMedia = useCallback((item: MediaItem) => {
    setMedia((current) =>
      current.get(item.id) === item ? current : new Map(current).set(item.id, item),
    );
  }, []);

  const rememberArticles = useCallback((list: { id: string; title: string }[]) => {
    setArticles((current) => {
      if (list.every((article) => current.get(article.id) === article.title)) return current;
      const next = new Map(current);
      for (const article of list) next.set(article.id, article.title);
      return next;
    });
  }, []);

  const describeMedia = useCallback(
    (id: string) => {
      const item = media.get(id);
      return item
        ? { src: item.src, alt: item.alt, caption: item.caption, credit: item.credit }
        : null;
    },
    [media],
  );

  const describeArticle = useCallback(
    (id: string) => {
      const title = articles.get(id);
      return title === undefined ? null : { title };
    },
    [articles],
  );

  return { media, articles, rememberMedia, rememberArticles, describeMedia, describeArticle };
}
