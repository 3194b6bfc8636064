import { documentOf } from "./doc.ts";
import { AUTHOR_POOLS, DEMO_AUTHORS, type AuthorPool } from "./authors.ts";
import { buildBody, type BodyShape } from "./body.ts";
import { HOUR, MINUTE, localDate, publicationTime } from "./dates.ts";
import { photoCredit } from "./people.ts";
import { demoPicture } from "./pictures.ts";
import { composeStory, storyAt } from "./story-article.ts";
import { at, Rng, unitFromHash } from "./random.ts";
import {
  assertIndex,
  demoArticleSlug,
  demoArticleTitle,
  fitting,
  skeletonOf,
  type Skeleton,
} from "./skeleton.ts";
import type { Ctx, Template } from "./template.ts";
import type {
  DemoArticle,
  DemoArticleOptions,
  DemoArticleType,
  DemoAuthor,
  DemoCorrection,
  DemoImage,
} from "./types.ts";

/** Streams of randomness per article, so adding a draw in one place never shifts another. */
const STREAM = { body: 2, date: 3, flags: 4, related: 5, shape: 6 } as const;

/** Shares of briefs and long pieces by type; the rest are standard. */
const SHAPES: Record<DemoArticleType, { brief: number; long: number }> = {
  NEWS: { brief: 0.22, long: 0.12 },
  ANALYSIS: { brief: 0, long: 0.45 },
  OPINION: { brief: 0, long: 0.2 },
  EDITORIAL: { brief: 0, long: 0.2 },
  FEATURE: { brief: 0, long: 0.55 },
};

function shapeOf(type: DemoArticleType, roll: number): BodyShape {
  const share = SHAPES[type];
  return roll < share.brief ? "brief" : roll < share.brief + share.long ? "long" : "standard";
}

export const STANDFIRST_MIN = 90;
export const STANDFIRST_MAX = 220;

const AUTHOR_BY_SLUG = new Map(DEMO_AUTHORS.map((author) => [author.slug, author]));

function authorFrom(pool: AuthorPool, r: Rng, not: readonly string[]): string | null {
  const candidates = AUTHOR_POOLS[pool].filter((slug) => !not.includes(slug));
  return candidates.length ? r.pick(candidates) : null;
}

function bylines(skeleton: Skeleton, r: Rng): string[] {
  const { template, type, core } = skeleton;
  const slugs: string[] = [];
  const first =
    template.authors === "war" && core.place.name === "Kharkiv" && r.chance(0.5)
      ? "taras-bondar"
      : authorFrom(template.authors, r, slugs);
  if (first) slugs.push(first);
  if (type === "OPINION" || type === "EDITORIAL") return slugs;
  const roll = r.next();
  const wanted = roll < 0.04 ? 3 : roll < 0.22 ? 2 : 1;
  for (let i = slugs.length; i < wanted; i++) {
    const pool: AuthorPool =
      template.section === "field-report" && !slugs.includes("oksana-hrytsenko")
        ? "photo"
        : (template.coAuthors ?? template.authors);
    const next = authorFrom(pool, r, slugs) ?? authorFrom("war", r, slugs);
    if (next) slugs.push(next);
  }
  return slugs;
}

/** One of the template's photos; `after` is the hero's index when choosing a body image. */
function image(
  template: Template,
  ctx: Ctx,
  r: Rng,
  after: number | null,
  photographer: boolean,
): [DemoImage, number] {
  const index = after === null ? r.int(0, template.photos.length - 1) : after + 1;
  const photo = at(template.photos, index)(ctx);
  // Alt text describes the picture actually shown; the caption places it in the story.
  const picture = demoPicture(photo.motif, r.int(0, 999));
  const image: DemoImage = {
    key: picture.key,
    motif: photo.motif,
    alt: picture.alt,
    caption: photo.caption,
    credit: photographer ? "(Oksana Hrytsenko/The Northern Dispatch)" : photoCredit(r),
  };
  return [image, index];
}

const CLARIFICATIONS: readonly ((c: Ctx) => string)[] = [
  () =>
    "This article has been clarified to note that the figures were provided by officials and could not be independently verified.",
  () =>
    "An earlier version of this article did not make clear that some of the people quoted asked us not to publish where they now live. Their request has been respected.",
  (c) =>
    `This article has been clarified to state that ${c.p1.name} spoke to The Northern Dispatch by phone, not in person.`,
];

const UPDATES: readonly ((c: Ctx) => string)[] = [
  (c) => `This article has been updated with figures released by officials on ${c.date.weekday}.`,
  () => "This article has been updated to include a response from the regional authorities.",
  () => "This article has been updated with additional reporting and new details from the scene.",
];

const OPINION_NOTES: readonly ((c: Ctx) => string)[] = [
  () =>
    "An earlier version of this piece misstated the year in which the current sanctions regime was first extended. It was 2022.",
  () =>
    "This piece has been clarified to note that the figures cited come from public budget documents.",
];

function corrections(
  skeleton: Skeleton,
  ctx: Ctx,
  publishedAt: number,
  now: number,
  r: Rng,
): DemoCorrection[] {
  const room = now - publishedAt;
  if (room < 10 * MINUTE || !r.chance(0.05)) return [];
  const roll = r.next();
  const kind: DemoCorrection["kind"] =
    roll < 0.7 ? "CORRECTION" : roll < 0.85 ? "CLARIFICATION" : "UPDATE";
  const opinion = skeleton.type === "OPINION" || skeleton.type === "EDITORIAL";
  const pool =
    kind === "CORRECTION"
      ? skeleton.template.corrections
      : opinion
        ? OPINION_NOTES
        : kind === "CLARIFICATION"
          ? CLARIFICATIONS
          : UPDATES;
  const delay = Math.min(r.int(2, 40) * HOUR + r.int(0, 59) * MINUTE, room / 2);
  const at = publishedAt + Math.floor(delay / 1000) * 1000;
  return [{ kind, text: r.pick(pool)(ctx), publishedAt: new Date(at) }];
}

function relatedSlug(
  index: number,
  skeleton: Skeleton,
  count: number,
  seed: number,
): string | null {
  const r = Rng.for(seed, index, STREAM.related);
  if (index >= count - 1 || !r.chance(0.25)) return null;
  const last = Math.min(count - 1, index + 40);
  let sameSection = -1;
  for (let j = index + 1; j <= last; j++) {
    const other = skeletonOf(j, seed);
    if (other.template.id === skeleton.template.id) return demoArticleSlug(j, count, seed);
    if (sameSection < 0 && other.template.section === skeleton.template.section) sameSection = j;
  }
  const j = sameSection >= 0 ? sameSection : Math.min(count - 1, index + 1 + r.int(0, 9));
  return demoArticleSlug(j, count, seed);
}

export function composeArticle(index: number, options: DemoArticleOptions): DemoArticle {
  const { count, seed } = options;
  assertIndex(index, count);
  const nowMs = options.now.getTime();
  const fraction = (index + 0.1 + 0.8 * unitFromHash(seed, index, STREAM.date)) / count;
  const published = publicationTime(nowMs, count, fraction);
  const story = storyAt(index, count);
  if (story) return composeStory(story, index, count, published, nowMs);

  const skeleton = skeletonOf(index, seed);
  const { template, type, core } = skeleton;
  const ctx: Ctx = { ...core, date: localDate(published) };
  const r = Rng.for(seed, index, STREAM.body);

  const authorSlugs = bylines(skeleton, r);
  const authors = authorSlugs
    .map((slug) => AUTHOR_BY_SLUG.get(slug))
    .filter((author): author is DemoAuthor => author !== undefined);
  const title = demoArticleTitle(index, count, seed);
  const prefix = type === "EDITORIAL" ? "Editorial: " : "";
  const titleIndex = Math.max(
    0,
    template.titles.findIndex((headline) => prefix + headline(core) === title),
  );
  const standfirsts = template.standfirsts.map((standfirst) => standfirst(ctx));
  const standfirstStart = template.standfirstFor
    ? (template.standfirstFor[titleIndex] ?? 0)
    : r.int(0, standfirsts.length - 1);
  const standfirst = fitting(standfirsts, standfirstStart, STANDFIRST_MIN, STANDFIRST_MAX);
  const leadIndex = template.leadFor ? (template.leadFor[titleIndex] ?? 0) : null;

  const photographer = authorSlugs.includes("oksana-hrytsenko");
  const [hero, heroIndex] = image(template, ctx, r, null, photographer);
  const compact = options.compact ?? false;
  const shape = shapeOf(type, unitFromHash(seed, index, STREAM.shape));
  let bodyImage =
    !compact && shape !== "brief" && r.chance(shape === "long" ? 0.5 : 0.18)
      ? image(template, ctx, r, heroIndex, photographer)[0]
      : null;
  if (bodyImage && bodyImage.key === hero.key) {
    const next = demoPicture(bodyImage.motif, Number(hero.key.split("-").pop()) + 1);
    bodyImage = { ...bodyImage, key: next.key, alt: next.alt };
  }
  const blocks = buildBody({
    template,
    type,
    ctx,
    r,
    compact,
    image: bodyImage,
    authors,
    leadIndex,
    shape,
  });

  const flags = Rng.for(seed, index, STREAM.flags);
  const featured = flags.chance(1 / 12);
  const editorsPick = flags.chance(1 / 10);
  let substantiveUpdatedAt: Date | null = null;
  if (flags.chance(0.08)) {
    const gap = nowMs - published;
    const later = flags.int(90, 420) * MINUTE;
    if (later < gap - MINUTE) substantiveUpdatedAt = new Date(published + later);
    else if (gap > 20 * MINUTE) substantiveUpdatedAt = new Date(published + Math.floor(gap / 2));
  }
  const notes = corrections(skeleton, ctx, published, nowMs, flags);
  const update = notes.find((note) => note.kind === "UPDATE");
  if (update && !substantiveUpdatedAt) substantiveUpdatedAt = update.publishedAt;

  const tagSlugs = [...new Set(template.tags(core))];
  return {
    slug: demoArticleSlug(index, count, seed),
    title,
    standfirst,
    type,
    sectionSlug: template.section,
    tagSlugs,
    authorSlugs,
    publishedAt: new Date(published),
    substantiveUpdatedAt,
    body: documentOf(blocks),
    hero,
    bodyImages: bodyImage ? [bodyImage] : [],
    relatedSlug: relatedSlug(index, skeleton, count, seed),
    featured,
    editorsPick,
    corrections: notes,
  };
}
