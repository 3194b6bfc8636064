import type { TotalKind } from "@/lib/search/limits";

/**
 * The search page in English: part of the English catalogue (en.ts). `form`
 * is plain strings, handed to the search form's island as they are.
 */
export const enSearch = {
  description: (site: string) => `Search every story published by ${site}.`,
  form: {
    label: "Search for",
    placeholder: "Search stories, places, people…",
    button: "Search",
    filters: "Filters",
    section: "Section",
    allSections: "All sections",
    author: "Author",
    allAuthors: "All authors",
    from: "From",
    to: "To",
    order: "Order",
    relevance: "Most relevant",
    newest: "Newest first",
  },
  help: "Search every story we have published: words, names and places.",
  tips: [
    ["Put a phrase in quotes:", '"grain corridor"'],
    ["Leave a word out with a minus:", "drones -Kharkiv"],
    ["Either word:", "Kherson OR Mykolaiv"],
  ] as const,
  shortened: (max: number) =>
    `Searches are limited to ${max} characters, so only the words that fit were searched for:`,
  results: (count: number, kind: TotalKind) =>
    `${kind === "more-than" ? "More than " : kind === "about" ? "About " : ""}${count.toLocaleString("en")} ${count === 1 ? "result" : "results"} for`,
  onPage: (page: number) => `, page ${page}`,
  newestOnly: (ranked: number) =>
    `These are the ${ranked} newest matching stories, ranked. To reach older ones, search between two dates.`,
  pages: "Search result pages",
  previous: "← Previous",
  next: "Next →",
  noMore: "There are no more results for",
  backToFirst: "Back to the first page",
  noMatch: "No stories match",
  withFilters: " with these filters",
  tryAgain: "Check the spelling, or try fewer or more general words.",
  searchAll: (q: string) => `Search all stories for “${q}”`,
  busy: "Search is busy right now. Please try again in a moment.",
  latest: "Latest stories",
};
