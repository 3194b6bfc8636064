import type { AuthorPool } from "./authors.ts";
import type { LocalDate } from "./dates.ts";
import type { Expert, Person } from "./people.ts";
import type { Place } from "./places.ts";
import type { Rng } from "./random.ts";
import type { SectionSlug } from "./sections.ts";
import type { DemoArticleType, DemoMotif } from "./types.ts";

/**
 * An article template: the words of one kind of story, with slots filled
 * from a context of places, invented people and numbers drawn per article.
 */

/** Numbers a template draws for itself; what each means is up to the template. */
export interface Nums {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
}

/** Everything a headline may use; drawn cheaply, before the body. */
export interface Core {
  place: Place;
  place2: Place;
  front: Place;
  occupied: Place;
  ru: string;
  crimea: string;
  p1: Person;
  p2: Person;
  p3: Person;
  /** An analyst quoted by the template itself. */
  x: Expert;
  /** A second analyst, quoted in shared background paragraphs. */
  y: Expert;
  n: Nums;
  /** Free keys for templates to choose among their own word lists (see `at`). */
  k1: number;
  k2: number;
  k3: number;
}

/** The body's context adds the publication date (Kyiv time). */
export interface Ctx extends Core {
  date: LocalDate;
}

export type Headline = (c: Core) => string;
export type Text = (c: Ctx) => string;

/** A quotation from an invented person; `text` has no closing punctuation. */
export interface QuoteLine {
  text: string;
  name: string;
  role: string;
}

/** A story's photograph: which kind of picture, and a caption that places it in the story. */
export interface Photo {
  motif: DemoMotif;
  /** A full sentence that includes the date (c.date.text). */
  caption: string;
}

export type ContextKey =
  | "airDefense"
  | "energy"
  | "front"
  | "south"
  | "sanctions"
  | "diplomacy"
  | "humanitarian"
  | "occupation"
  | "economy"
  | "politics"
  | "prisoners"
  | "reconstruction"
  | "northKorea"
  | "blackSea"
  | "company";

export interface Template {
  id: string;
  type: DemoArticleType;
  section: SectionSlug;
  /** Relative frequency among templates of the same type. */
  weight: number;
  /** Where `c.place` is drawn from. */
  places: readonly Place[];
  numbers: (r: Rng) => Nums;
  tags: (c: Core) => string[];
  authors: AuthorPool;
  /** Pool for a second byline, when there is one. */
  coAuthors?: AuthorPool;
  titles: readonly Headline[];
  standfirsts: readonly Text[];
  /** Opening paragraph; one is chosen. */
  leads: readonly Text[];
  /** When set, the lead (and standfirst) that goes with each title, by title index. */
  leadFor?: readonly number[];
  standfirstFor?: readonly number[];
  /** Body paragraphs in reading order; a subset is used, order kept. */
  paragraphs: readonly Text[];
  quotes?: readonly ((c: Ctx) => QuoteLine)[];
  /** Sentences from the piece itself, for pull quotes in opinion and editorials. */
  pulls?: readonly Text[];
  /**
   * Section headings for analysis, editorial and feature layouts: heading i
   * introduces paragraph i (a shorter list is spread over the paragraphs).
   * News bodies use headings for their background pools instead.
   */
  headings: readonly string[];
  list?: (c: Ctx) => { heading: string; items: string[] };
  context: readonly ContextKey[];
  photos: readonly ((c: Ctx) => Photo)[];
  corrections: readonly Text[];
}

export function nums(a: number, b = 0, c = 0, d = 0, e = 0): Nums {
  return { a, b, c, d, e };
}
