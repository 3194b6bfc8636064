import type { ArticleDocument } from "@/lib/documents/schema";
import { documentText } from "@/lib/documents/text";

/** One live update's share of its live blog's search text. */
export interface SearchedUpdate {
  title: string;
  body: ArticleDocument;
}

/**
 * The columns full-text search reads beyond the title and standfirst: the
 * body in reading order (also what snippets are cut from), and the tag and
 * author names, so a search for a reporter or a topic finds the stories filed
 * under them. A live blog's published updates follow its body, newest first,
 * so a reader searching for something said in an update finds the live page.
 * Rebuilt on every save, and for a live blog on every change to its stream.
 */
export function buildSearchColumns(input: {
  body: ArticleDocument;
  tagNames: string[];
  authorNames: string[];
  updates?: readonly SearchedUpdate[];
}): { searchText: string; searchNames: string } {
  const updates = (input.updates ?? []).map((update) =>
    [update.title, documentText(update.body)].filter(Boolean).join("\n\n"),
  );
  return {
    searchText: [documentText(input.body), ...updates].filter(Boolean).join("\n\n"),
    searchNames: [...input.tagNames, ...input.authorNames].join(" · "),
  };
}
