import type { ArticleFields } from "../editing/schemas";
import { diffBody, type BlockChange, type BodyNames } from "./body-diff";
import { diffSequences } from "./sequence-diff";
import { diffWords, type DiffPart } from "./word-diff";

/** Names for every id a snapshot holds; undefined when the thing is gone. */
export interface SnapshotNames extends BodyNames {
  section: (id: string) => string | undefined;
  tag: (id: string) => string | undefined;
  author: (id: string) => string | undefined;
}

/** An image field's value: what it is called, and where to show a thumbnail. */
export interface ImageValue {
  label: string;
  src: string | null;
}

export interface ListItem {
  kind: "same" | "added" | "removed" | "moved";
  text: string;
}

/** One field that differs between the two versions. */
export type FieldChange =
  | { key: string; label: string; kind: "text"; parts: DiffPart[] }
  | { key: string; label: string; kind: "value"; before: string; after: string }
  | { key: string; label: string; kind: "image"; before: ImageValue; after: ImageValue }
  | { key: string; label: string; kind: "list"; items: ListItem[] }
  | { key: string; label: string; kind: "body"; blocks: BlockChange[] };

export interface RevisionDiff {
  changes: FieldChange[];
  /** Labels of the fields that are the same in both, so "nothing else changed" is visible. */
  unchanged: string[];
}

const TYPE_NAMES: Record<ArticleFields["type"], string> = {
  NEWS: "News",
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  EDITORIAL: "Editorial",
  FEATURE: "Feature",
  PAGE: "Page",
};

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/**
 * Every field of two snapshots compared, in the editor's order: text fields
 * word by word, references by their current names (a deleted tag or author
 * reads as such), ordered lists item by item, and the body block by block.
 */
export function diffRevisions(
  before: ArticleFields,
  after: ArticleFields,
  names: SnapshotNames,
  imageOf: (id: string | null) => ImageValue,
): RevisionDiff {
  const changes: FieldChange[] = [];
  const unchanged: string[] = [];
  const text = (key: keyof ArticleFields & string, label: string, a: string, b: string) => {
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "text", parts: diffWords(a, b) });
  };
  const value = (key: string, label: string, a: string, b: string) => {
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "value", before: a, after: b });
  };
  const image = (key: string, label: string, a: string | null, b: string | null) => {
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "image", before: imageOf(a), after: imageOf(b) });
  };
  const list = (
    key: string,
    label: string,
    a: string[],
    b: string[],
    name: (id: string) => string,
  ) => {
    if (a.length === b.length && a.every((id, i) => id === b[i])) unchanged.push(label);
    else changes.push({ key, label, kind: "list", items: diffList(a, b, name) });
  };

  text("title", "Headline", before.title, after.title);
  text("standfirst", "Standfirst", before.standfirst, after.standfirst);
  value("slug", "Address", `/${before.slug}`, `/${after.slug}`);
  value("type", "Type", TYPE_NAMES[before.type], TYPE_NAMES[after.type]);
  const section = (id: string | null) =>
    id ? (names.section(id) ?? "A deleted section") : "No section";
  value("sectionId", "Section", section(before.sectionId), section(after.sectionId));
  list("tagIds", "Tags", before.tagIds, after.tagIds, (id) => names.tag(id) ?? "A deleted tag");
  list(
    "authorIds",
    "Bylines",
    before.authorIds,
    after.authorIds,
    (id) => names.author(id) ?? "A deleted author",
  );
  image("heroImageId", "Hero image", before.heroImageId, after.heroImageId);
  text("heroAlt", "Hero alt text", before.heroAlt, after.heroAlt);
  text("heroCaption", "Hero caption", before.heroCaption, after.heroCaption);
  text("heroCredit", "Hero credit", before.heroCredit, after.heroCredit);
  text("seoTitle", "SEO title", before.seoTitle, after.seoTitle);
  text("seoDescription", "SEO description", before.seoDescription, after.seoDescription);
  image("seoImageId", "SEO image", before.seoImageId, after.seoImageId);
  value("featured", "Featured", yesNo(before.featured), yesNo(after.featured));
  value("editorsPick", "Editors' pick", yesNo(before.editorsPick), yesNo(after.editorsPick));

  const blocks = diffBody(before.body, after.body, names);
  if (blocks.every((block) => block.kind === "same")) unchanged.push("Body");
  else changes.push({ key: "body", label: "Body", kind: "body", blocks });

  return { changes, unchanged };
}

/**
 * An ordered list of names (tags, bylines) from one version to the other,
 * in the newer order; an item only moved is shown once, marked as moved,
 * and removed items stay where they were.
 */
export function diffList(
  before: string[],
  after: string[],
  name: (id: string) => string,
): ListItem[] {
  const ops = diffSequences(before, after);
  const removedIds = new Set(ops.flatMap((op) => (op.kind === "removed" ? [op.before] : [])));
  const addedIds = new Set(ops.flatMap((op) => (op.kind === "added" ? [op.after] : [])));
  const items: ListItem[] = [];
  for (const op of ops) {
    if (op.kind === "same") items.push({ kind: "same", text: name(op.after) });
    else if (op.kind === "added") {
      items.push({ kind: removedIds.has(op.after) ? "moved" : "added", text: name(op.after) });
    } else if (!addedIds.has(op.before)) items.push({ kind: "removed", text: name(op.before) });
  }
  return items;
}
