/**
 * What search engines and social cards are told an article says: its SEO
 * description, or its standfirst when that is left empty. The one rule for
 * the editor's checklist and preview, the page's metadata and its JSON-LD.
 */
export function articleDescription(article: {
  seoDescription: string;
  standfirst: string;
}): string {
  return article.seoDescription.trim() || article.standfirst.trim();
}
