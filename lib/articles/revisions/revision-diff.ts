import type { ArticleFields } from "../editing/schemas";
import { ARTICLE_FIELD_LABELS, ARTICLE_TYPE_LABELS } from "../field-labels";
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
  // Each field is named as in the editor (lib/articles/field-labels.ts).
  type Key = keyof ArticleFields;
  const text = (key: Key, a: string, b: string) => {
    const label = ARTICLE_FIELD_LABELS[key];
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "text", parts: diffWords(a, b) });
  };
  const value = (key: Key, a: string, b: string) => {
    const label = ARTICLE_FIELD_LABELS[key];
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "value", before: a, after: b });
  };
  const image = (key: Key, a: string | null, b: string | null) => {
    const label = ARTICLE_FIELD_LABELS[key];
    if (a === b) unchanged.push(label);
    else changes.push({ key, label, kind: "image", before: imageOf(a), after: imageOf(b) });
  };
  const list = (key: Key, a: string[], b: string[], name: (id: string) => string) => {
    const label = ARTICLE_FIELD_LABELS[key];
    if (a.length === b.length && a.every((id, i) => id === b[i])) unchanged.push(label);
    else changes.push({ key, label, kind: "list", items: diffList(a, b, name) });
  };

  text("title", before.title, after.title);
  text("standfirst", before.standfirst, after.standfirst);
  value("slug", `/${before.slug}`, `/${after.slug}`);
  value("type", ARTICLE_TYPE_LABELS[before.type], ARTICLE_TYPE_LABELS[after.type]);
  const section = (id: string | null) =>
    id ? (names.section(id) ?? "A deleted section") : "No section";
  value("sectionId", section(before.sectionId), section(after.sectionId));
  list("tagIds", before.tagIds, after.tagIds, (id) => names.tag(id) ?? "A deleted tag");
  list(
    "authorIds",
    before.authorIds,
    after.authorIds,
    (id) => names.author(id) ?? "A deleted author",
  );
  image("heroImageId", before.heroImageId, after.heroImageId);
  text("heroAlt", before.heroAlt, after.heroAlt);
  text("heroCaption", before.heroCaption, after.heroCaption);
  text("heroCredit", before.heroCredit, after.heroCredit);
  text("seoTitle", before.seoTitle, after.seoTitle);
  text("seoDescription", before.seoDescription, after.seoDescription);
  image("seoImageId", before.seoImageId, after.seoImageId);
  value("featured", yesNo(before.featured), yesNo(after.featured));
  value("editorsPick", yesNo(before.editorsPick), yesNo(after.editorsPick));

  const blocks = diffBody(before.body, after.body, names);
  if (blocks.every((block) => block.kind === "same")) unchanged.push(ARTICLE_FIELD_LABELS.body);
  else changes.push({ key: "body", label: ARTICLE_FIELD_LABELS.body, kind: "body", blocks });

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
