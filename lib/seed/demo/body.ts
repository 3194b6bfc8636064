import type { BlockNode } from "../../documents/schema.ts";
import { CONTEXT, CONTEXT_HEADINGS } from "./context.ts";
import { blockquote, bulletList, heading, imageBlock, paragraph, pullQuote } from "./doc.ts";
import { at, type Rng } from "./random.ts";
import type { ContextKey, Ctx, QuoteLine, Template, Text } from "./template.ts";
import type { DemoArticleType, DemoAuthor, DemoImage } from "./types.ts";

/**
 * Lays out an article body for its type: news with quotes and background,
 * analysis with headings, opinion and editorials as argument, features as
 * scenes with quotations. Then by shape: a brief is a few paragraphs, a
 * standard body 6-14 blocks, a long one runs on with more background, a
 * second voice and the list (up to 22 blocks); compact ones have 3-5.
 */

export type BodyShape = "brief" | "standard" | "long";

export interface BodyInput {
  template: Template;
  type: DemoArticleType;
  ctx: Ctx;
  r: Rng;
  compact: boolean;
  image: DemoImage | null;
  authors: readonly DemoAuthor[];
  /** The lead that matches the chosen title, when the template pairs them. */
  leadIndex: number | null;
  shape: BodyShape;
}

export const BODY_MIN = 6;
export const BODY_MAX = 14;
export const LONG_MAX = 22;

/** A template paragraph with its position in the template, for choosing headings. */
interface Part {
  index: number;
  block: BlockNode;
}

interface Background {
  key: ContextKey;
  text: Text;
}

function quoteParagraph(q: QuoteLine): BlockNode {
  return paragraph(`“${q.text},” said ${q.name}, ${q.role}.`);
}

function quoteBlock(q: QuoteLine): BlockNode {
  return blockquote(`“${q.text}.”`, `— ${q.name}, ${q.role}`);
}

function lead(input: BodyInput): BlockNode {
  const { template, ctx, r, leadIndex } = input;
  const text = leadIndex === null ? r.pick(template.leads) : at(template.leads, leadIndex);
  return paragraph(text(ctx));
}

function quotesOf(input: BodyInput, count: number): QuoteLine[] {
  const quotes = input.template.quotes ?? [];
  return input.r.subset(quotes, count).map((quote) => quote(input.ctx));
}

/** `count` of the template's paragraphs, in template order. */
function parts(input: BodyInput, count: number): Part[] {
  const indexes = input.template.paragraphs.map((_, index) => index);
  return input.r.subset(indexes, count).map((index) => ({
    index,
    block: paragraph(at(input.template.paragraphs, index)(input.ctx)),
  }));
}

function blocksOf(list: readonly Part[]): BlockNode[] {
  return list.map((part) => part.block);
}

/** The template heading for the stretch of the piece where paragraph `index` sits. */
function headingAt(template: Template, index: number): string {
  const share = index / Math.max(1, template.paragraphs.length);
  return at(template.headings, Math.floor(share * template.headings.length));
}

function background(template: Template): Background[] {
  return template.context.flatMap((key) => CONTEXT[key].map((text) => ({ key, text })));
}

function unusedParagraphs(template: Template, used: readonly Part[]): Text[] {
  const taken = new Set(used.map((part) => part.index));
  return template.paragraphs.filter((_, index) => !taken.has(index));
}

/** Tops a body up with unused paragraphs, placed after the last paragraph. */
function fill(blocks: BlockNode[], pool: Text[], ctx: Ctx, min: number, max: number): BlockNode[] {
  const out = blocks.slice(0, max);
  if (out.length >= min) return out;
  const used = new Set(out.map((block) => JSON.stringify(block)));
  for (const text of pool) {
    if (out.length >= min) break;
    const block = paragraph(text(ctx));
    if (used.has(JSON.stringify(block))) continue;
    let position = out.length;
    while (position > 1 && out[position - 1]?.type !== "paragraph") position--;
    out.splice(position, 0, block);
  }
  return out;
}

function compactBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const body = parts(input, r.int(1, 2));
  const blocks: BlockNode[] = [lead(input), ...blocksOf(body)];
  const [quote] = quotesOf(input, 1);
  if (quote && r.chance(0.6)) blocks.splice(2, 0, quoteParagraph(quote));
  const extra = background(template);
  if (extra.length && r.chance(0.5)) blocks.push(paragraph(r.pick(extra).text(ctx)));
  return fill(blocks, unusedParagraphs(template, body), ctx, 3, 5);
}

function newsBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const body = parts(input, r.int(2, 4));
  const [first, ...rest] = blocksOf(body);
  const blocks: BlockNode[] = [lead(input)];
  if (first) blocks.push(first);
  const [quote, second] = quotesOf(input, 2);
  if (quote) blocks.push(r.chance(0.6) ? quoteParagraph(quote) : quoteBlock(quote));
  blocks.push(...rest);
  if (input.image) blocks.splice(Math.min(3, blocks.length), 0, imageBlock(input.image));
  const pool = background(template);
  const chosen = r.subset(pool, r.int(1, 3));
  const withHeading = chosen[0] !== undefined && r.chance(0.75);
  if (chosen[0] && withHeading) blocks.push(heading(r.pick(CONTEXT_HEADINGS[chosen[0].key])));
  blocks.push(...chosen.map((entry) => paragraph(entry.text(ctx))));
  if (second && r.chance(0.3)) blocks.push(quoteParagraph(second));
  if (template.list && r.chance(0.4)) {
    const list = template.list(ctx);
    blocks.push(heading(list.heading, withHeading ? 3 : 2), bulletList(list.items));
  }
  const spare = [...unusedParagraphs(template, body), ...pool.map((entry) => entry.text)];
  return fill(blocks, spare, ctx, BODY_MIN, BODY_MAX);
}

function analysisBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const body = parts(input, r.int(4, 5));
  const [quote] = quotesOf(input, 1);
  const extra = r.subset(background(template), r.int(1, 2));
  const blocks: BlockNode[] = [lead(input), ...blocksOf(body.slice(0, 2))];
  if (input.image) blocks.push(imageBlock(input.image));
  const third = body[2];
  if (third) blocks.push(heading(headingAt(template, third.index)), third.block);
  if (quote) blocks.push(pullQuote(`${quote.text}.`, `${quote.name}, ${quote.role}`));
  blocks.push(...extra.map((entry) => paragraph(entry.text(ctx))));
  const fourth = body[3];
  if (fourth) {
    const title = headingAt(template, fourth.index);
    if (!third || title !== headingAt(template, third.index)) blocks.push(heading(title));
    blocks.push(fourth.block);
  }
  if (template.list && r.chance(0.5)) {
    const list = template.list(ctx);
    blocks.push(heading(list.heading, 3), bulletList(list.items));
  }
  blocks.push(...blocksOf(body.slice(4)));
  const spare = background(template).map((entry) => entry.text);
  return fill(blocks, spare, ctx, BODY_MIN, BODY_MAX);
}

function opinionBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r, type } = input;
  const body = parts(input, type === "EDITORIAL" ? r.int(5, 6) : r.int(4, 6));
  const blocks: BlockNode[] = [lead(input), ...blocksOf(body.slice(0, 2))];
  const author = input.authors[0];
  if (template.pulls?.length && type === "OPINION") {
    blocks.push(pullQuote(r.pick(template.pulls)(ctx), author?.name ?? ""));
  }
  if (input.image) blocks.push(imageBlock(input.image));
  const middle = body.slice(2, -1);
  const turn = middle[1];
  if (type === "EDITORIAL" && turn && r.chance(0.5)) {
    blocks.push(blocksOf(middle.slice(0, 1))[0]!, heading(headingAt(template, turn.index)));
    blocks.push(...blocksOf(middle.slice(1)));
  } else {
    blocks.push(...blocksOf(middle));
  }
  blocks.push(...blocksOf(body.slice(-1)));
  if (type === "OPINION") {
    const bioLine = author?.guest ? `${author.bio.split(". ")[0]?.replace(/\.$/, "")}. ` : "";
    blocks.push(
      paragraph(
        `_${bioLine}The views expressed in opinion pieces are the author's own and do not necessarily reflect those of The Northern Dispatch._ Want to respond? [Submit an opinion](/submit-an-opinion).`,
      ),
    );
  }
  const spare = background(template).map((entry) => entry.text);
  return fill(blocks, spare, ctx, BODY_MIN, BODY_MAX);
}

function featureBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const body = parts(input, r.int(5, 7));
  const [q1, q2] = quotesOf(input, 2);
  const blocks: BlockNode[] = [lead(input), ...blocksOf(body.slice(0, 1))];
  if (q1) blocks.push(quoteBlock(q1));
  blocks.push(...blocksOf(body.slice(1, 2)));
  let lastHeading = "";
  const section = (part: Part | undefined) => {
    if (!part) return;
    const title = headingAt(template, part.index);
    if (title !== lastHeading && r.chance(0.8)) {
      blocks.push(heading(title));
      lastHeading = title;
    }
  };
  section(body[2]);
  blocks.push(...blocksOf(body.slice(2, 4)));
  if (q2) blocks.push(pullQuote(`${q2.text}.`, q2.name));
  if (input.image) blocks.push(imageBlock(input.image));
  section(body[4]);
  blocks.push(...blocksOf(body.slice(4)));
  const spare = background(template).map((entry) => entry.text);
  return fill(blocks, spare, ctx, BODY_MIN, BODY_MAX);
}

/** A short news item: the lead, a paragraph or two, perhaps a voice. */
function briefBody(input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const body = parts(input, r.int(1, 2));
  const blocks: BlockNode[] = [lead(input), ...blocksOf(body)];
  const [quote] = quotesOf(input, 1);
  if (quote && r.chance(0.5)) blocks.splice(2, 0, quoteParagraph(quote));
  return fill(blocks, unusedParagraphs(template, body), ctx, 2, 4);
}

/** Runs a standard body on: the rest of the template, background under a heading, a list. */
function lengthen(blocks: BlockNode[], input: BodyInput): BlockNode[] {
  const { template, ctx, r } = input;
  const out = [...blocks];
  const seen = new Set(out.map((block) => JSON.stringify(block)));
  const add = (block: BlockNode) => {
    const key = JSON.stringify(block);
    if (seen.has(key) || out.length >= LONG_MAX) return false;
    seen.add(key);
    out.push(block);
    return true;
  };
  // The opinion footer stays last.
  const footer = input.type === "OPINION" ? out.pop() : undefined;
  for (const text of template.paragraphs) add(paragraph(text(ctx)));
  const extra = r.subset(background(template), 4);
  const headings = new Set(
    out.flatMap((block) => (block.type === "heading" ? [JSON.stringify(block)] : [])),
  );
  const first = extra[0];
  if (first) {
    const title = heading(r.pick(CONTEXT_HEADINGS[first.key]));
    if (!headings.has(JSON.stringify(title))) add(title);
  }
  for (const entry of extra) add(paragraph(entry.text(ctx)));
  const [, second] = quotesOf(input, 2);
  if (second) add(quoteBlock(second));
  if (template.list && !out.some((block) => block.type === "bulletList")) {
    const list = template.list(ctx);
    add(heading(list.heading, 3));
    add(bulletList(list.items));
  }
  if (footer) out.push(footer);
  return out;
}

function standardBody(input: BodyInput): BlockNode[] {
  switch (input.type) {
    case "NEWS":
      return newsBody(input);
    case "ANALYSIS":
      return analysisBody(input);
    case "OPINION":
    case "EDITORIAL":
      return opinionBody(input);
    case "FEATURE":
      return featureBody(input);
  }
}

export function buildBody(input: BodyInput): BlockNode[] {
  if (input.compact) return compactBody(input);
  if (input.shape === "brief" && input.type === "NEWS") return briefBody(input);
  const blocks = standardBody(input);
  return input.shape === "long" ? lengthen(blocks, input) : blocks;
}
