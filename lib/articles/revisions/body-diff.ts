import type { ArticleDocument, BlockNode, InlineNode } from "@/lib/documents/schema";
import { inlineText } from "@/lib/documents/text";
import { diffSequences } from "./sequence-diff";
import { diffWords, similarity, type DiffPart } from "./word-diff";

/** Names for what body blocks point at; undefined when it no longer exists. */
export interface BodyNames {
  image: (mediaId: string) => string | undefined;
  article: (articleId: string) => string | undefined;
}

/** One block of the body, in reading order, as the diff shows it. */
export type BlockChange =
  | { kind: "same" | "added" | "removed"; label: string; text: string }
  | { kind: "changed"; label: string; parts: DiffPart[]; note: string | null };

interface DescribedBlock {
  type: BlockNode["type"];
  label: string;
  text: string;
  links: string[];
  /** Exact identity: the block's JSON with sorted keys. */
  key: string;
  mediaId: string | null;
}

/** Blocks edited less than this (share of words kept) are shown as changed in place. */
const SAME_TYPE_PAIRING = 0.35;
/** A paragraph turned heading (or similar) is paired only when its words barely moved. */
const OTHER_TYPE_PAIRING = 0.8;
const TEXT_TYPES = new Set<BlockNode["type"]>([
  "paragraph",
  "heading",
  "blockquote",
  "pullQuote",
  "bulletList",
  "orderedList",
]);

/**
 * The body's changes block by block, in reading order: unchanged blocks,
 * removed and added ones where they were, and edited blocks paired with
 * their earlier form and diffed word by word. Formatting and link changes
 * that leave the words alone are named in a note.
 */
export function diffBody(
  before: ArticleDocument,
  after: ArticleDocument,
  names: BodyNames,
): BlockChange[] {
  const a = before.content.map((block) => describeBlock(block, names));
  const b = after.content.map((block) => describeBlock(block, names));
  const changes: BlockChange[] = [];
  let removed: DescribedBlock[] = [];
  let added: DescribedBlock[] = [];
  const flush = () => {
    changes.push(...pairEdits(removed, added));
    removed = [];
    added = [];
  };
  for (const op of diffSequences(a, b, (x, y) => x.key === y.key)) {
    if (op.kind === "removed") removed.push(op.before);
    else if (op.kind === "added") added.push(op.after);
    else {
      flush();
      changes.push({ kind: "same", label: op.after.label, text: op.after.text });
    }
  }
  flush();
  return changes;
}

/**
 * Within one stretch of change, pairs each removed block with the first
 * later added block that reads like its edited form, keeping reading order.
 */
function pairEdits(removed: DescribedBlock[], added: DescribedBlock[]): BlockChange[] {
  const out: BlockChange[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.findIndex((candidate, index) => index >= next && pairs(old, candidate));
    if (match === -1) {
      out.push({ kind: "removed", label: old.label, text: old.text });
      continue;
    }
    for (const fresh of added.slice(next, match)) {
      out.push({ kind: "added", label: fresh.label, text: fresh.text });
    }
    out.push(changedBlock(old, added[match]!));
    next = match + 1;
  }
  for (const fresh of added.slice(next)) {
    out.push({ kind: "added", label: fresh.label, text: fresh.text });
  }
  return out;
}

function pairs(old: DescribedBlock, fresh: DescribedBlock): boolean {
  if (old.type === fresh.type) {
    if (old.mediaId && old.mediaId === fresh.mediaId) return true;
    return similarity(old.text, fresh.text) >= SAME_TYPE_PAIRING;
  }
  return (
    TEXT_TYPES.has(old.type) &&
    TEXT_TYPES.has(fresh.type) &&
    similarity(old.text, fresh.text) >= OTHER_TYPE_PAIRING
  );
}

function changedBlock(old: DescribedBlock, fresh: DescribedBlock): BlockChange {
  const notes: string[] = [];
  if (old.label !== fresh.label)
    notes.push(`${old.label} changed to ${fresh.label.toLowerCase()}.`);
  const gone = old.links.filter((href) => !fresh.links.includes(href));
  const put = fresh.links.filter((href) => !old.links.includes(href));
  if (gone.length) notes.push(`Link removed: ${gone.join(", ")}.`);
  if (put.length) notes.push(`Link added: ${put.join(", ")}.`);
  if (!notes.length && old.text === fresh.text)
    notes.push("Formatting changed (bold, italic or link text).");
  return {
    kind: "changed",
    label: fresh.label,
    parts: diffWords(old.text, fresh.text),
    note: notes.length ? notes.join(" ") : null,
  };
}

const orDash = (value: string) => value.trim() || "—";

function describeBlock(block: BlockNode, names: BodyNames): DescribedBlock {
  const base = {
    type: block.type,
    key: stableStringify(block),
    links: [] as string[],
    mediaId: null,
  };
  switch (block.type) {
    case "paragraph":
      return {
        ...base,
        label: "Paragraph",
        text: inlineText(block.content),
        links: linksOf(block.content),
      };
    case "heading":
      return {
        ...base,
        label: "Heading",
        text: inlineText(block.content),
        links: linksOf(block.content),
      };
    case "blockquote":
      return {
        ...base,
        label: "Quote",
        text: block.content.map((p) => inlineText(p.content)).join("\n"),
        links: block.content.flatMap((p) => linksOf(p.content)),
      };
    case "pullQuote": {
      const attribution = block.attrs.attribution.trim();
      return {
        ...base,
        label: "Pull quote",
        text: inlineText(block.content) + (attribution ? `\n— ${attribution}` : ""),
        links: linksOf(block.content),
      };
    }
    case "bulletList":
    case "orderedList": {
      const items = block.content.map((item) =>
        item.content.map((p) => inlineText(p.content)).join("\n"),
      );
      return {
        ...base,
        label: block.type === "bulletList" ? "Bulleted list" : "Numbered list",
        text: items
          .map((item, i) => `${block.type === "bulletList" ? "•" : `${i + 1}.`} ${item}`)
          .join("\n"),
        links: block.content.flatMap((item) => item.content.flatMap((p) => linksOf(p.content))),
      };
    }
    case "image":
      return {
        ...base,
        mediaId: block.attrs.mediaId,
        label: "Image",
        text: [
          names.image(block.attrs.mediaId) ?? "An image that is no longer in the library",
          `Alt text: ${orDash(block.attrs.alt)}`,
          `Caption: ${orDash(block.attrs.caption)}`,
          `Credit: ${orDash(block.attrs.credit)}`,
        ].join("\n"),
      };
    case "embed":
      return {
        ...base,
        label: "Embed",
        text: `${block.attrs.url}\nCaption: ${orDash(block.attrs.caption)}`,
      };
    case "relatedArticle":
      return {
        ...base,
        label: "Related article",
        text: names.article(block.attrs.articleId) ?? "An article that no longer exists",
      };
    case "horizontalRule":
      return { ...base, label: "Divider", text: "" };
  }
}

function linksOf(content: InlineNode[] | undefined): string[] {
  const hrefs: string[] = [];
  for (const node of content ?? []) {
    if (node.type !== "text") continue;
    for (const mark of node.marks ?? []) {
      if (mark.type === "link" && !hrefs.includes(mark.attrs.href)) hrefs.push(mark.attrs.href);
    }
  }
  return hrefs;
}

/** JSON with object keys sorted, so equal blocks compare equal whatever their key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
