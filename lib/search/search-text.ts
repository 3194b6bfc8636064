import type { ArticleDocument } from "@/lib/documents/schema";
import { documentText } from "@/lib/documents/text";

/**
 * The columns full-text search reads beyond the title and standfirst: the
 * body in reading order (also what snippets are cut from), and the tag and
 * author names, so a search for a reporter or a topic finds the stories filed
 * under them. Rebuilt on every save.
 */
export function buildSearchColumns(input: {
  body: ArticleDocument;
  tagNames: string[];
  authorNames: string[];
}): { searchText: string; searchNames: string } {
  return {
    searchText: documentText(input.body),
    searchNames: [...input.tagNames, ...input.authorNames].join(" · "),
  };
}
