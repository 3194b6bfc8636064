import type { TotalKind } from "@/lib/search/limits";
import { CORRECTION_LABELS, TYPE_LABELS } from "@/lib/articles/labels";
import { AI_AUDIO_LABEL } from "@/lib/narration/labels";
import { spokenTime } from "@/lib/narration/time-format";

/** Reader-facing interface text of the English edition. */
export const en = {
  skipToContent: "Skip to content",
  sections: "Sections",
  sectionsFooter: "Sections (footer)",
  more: "More",
  aboutUs: "About us",
  followUs: "Follow Us",
  search: "Search",
  home: "home",
  supportJournalism: "Support our journalism",
  rightsReserved: "All rights reserved.",
  topStory: "Top story",
  topStories: "Top stories",
  homeRails: "News Feed, most popular and editors' picks",
  newsFeed: "News Feed",
  mostPopular: "Most popular",
  editorsPicks: "Editors' Picks",
  noStoriesYet: "No stories have been published yet.",
  noOlderStories: "There are no older stories.",
  live: "Live",
  newsFeedDescription: "Every story we publish, newest first.",
  siteStoriesNewestFirst: (site: string) => `Every story from ${site}, newest first.`,
  sectionKicker: "Section",
  sectionFallback: (section: string, site: string) => `The latest ${section} stories from ${site}.`,
  minRead: (minutes: number) => `${minutes} min read`,
  updated: "Updated",
  correctionsAndUpdates: "Corrections and updates",
  aboutTheAuthors: "About the authors",
  breadcrumb: "Breadcrumb and topics",
  /** The link from an article to its translation, named in this edition's language. */
  readIn: { en: "Read in English", uk: "Read in Ukrainian" },
  olderStories: "Older stories →",
  backToLatest: "← Back to the latest",
  moreStories: "More stories",
  moreFrom: (section: string) => `More from ${section}`,
  storiesAbout: (tag: string) => `Stories about ${tag}`,
  newsFeedLink: "The News Feed: every story, newest first",
  relatedStories: "Related stories",
  moreNews: "More news",
  by: "By",
  and: "and",
  nothingHereYet: "Nothing has been published here yet.",
  otherEditions: "This story in other languages",
  story: "Story",
  searchDescription: (site: string) => `Search every story published by ${site}.`,
  searchLabel: "Search for",
  searchButton: "Search",
  searchHelp: "Search every story we have published: words, names and places.",
  searchResults: (count: number, kind: TotalKind) =>
    `${kind === "more-than" ? "More than " : kind === "about" ? "About " : ""}${count.toLocaleString("en")} ${count === 1 ? "result" : "results"} for`,
  searchNoResults: "No stories match",
  searchTryAgain: "Check the spelling, or try fewer or more general words.",
  searchBusy: "Search is busy right now. Please try again in a moment.",
  searchPages: "Search result pages",
  previous: "← Previous",
  next: "Next →",
  edition: "Edition",
  siteTagline: "",
  siteDescription: (site: string) => `News and analysis from ${site}.`,
  typeLabels: TYPE_LABELS,
  correctionLabels: CORRECTION_LABELS,
  audio: {
    label: AI_AUDIO_LABEL,
    region: "Audio version of this article",
    listen: "Listen to this article",
    play: "Play the audio version",
    pause: "Pause the audio version",
    download: "Download the audio version (MP3)",
    back: (seconds: number) => ` (back ${seconds} seconds)`,
    forward: (seconds: number) => ` (forward ${seconds} seconds)`,
    position: "Position in the audio",
    positionValue: (current: number, total: number) =>
      `${spokenTime(current)} of ${spokenTime(total)}`,
    speed: "Speed",
    failed: "The audio could not be played. Try again, or",
    downloadIt: "download it",
    loading: "Loading the audio…",
  },
} as const;

export type Messages = Widen<typeof en>;

type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends string | null
      ? string | null
      : T[K] extends (...args: infer A) => string
        ? (...args: A) => string
        : Widen<T[K]>;
};
