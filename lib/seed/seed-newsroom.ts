import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { ArticleDocument, BlockNode } from "@/lib/documents/schema";
import { countWords, documentText } from "@/lib/documents/text";
import { hashPassword } from "@/lib/auth/password";
import type { MediaStorage } from "@/lib/media/media-storage";
import { buildSearchColumns } from "@/lib/search/search-text";
import { queueDemoNarrations } from "@/lib/narration/demo";
import { buildDemoArticle, buildDemoNewsroom } from "./demo/build-newsroom";
import type { DemoArticle } from "./demo/types";
import { DEMO_SITE, DEMO_STAFF } from "./demo-settings";
import { demoPictureId, demoPortraitId, writeDemoPictures } from "./seed-pictures";
import { seedLiveBlogs } from "./seed-live-blogs";
import { seedMembership } from "./seed-membership";
import { seedUkrainianEdition } from "./seed-ukrainian";
import { writeDemoSubscribers } from "./seed-subscribers";

/**
 * Loads the demo newsroom into an empty database, resumably: the plan (how
 * many articles, the seed, the reference time) is recorded first, articles are
 * then written oldest first in batches of one transaction each, and a later
 * run continues where an interrupted one stopped.
 */

export interface SeedPlan {
  articles: number;
  seed: number;
  now: string;
  compact: boolean;
}

export interface SeedProgress {
  done: number;
  total: number;
}

export class SeedRefusedError extends Error {}

const PLAN_ACTION = "seed.plan";
const BATCH = 250;

export async function readSeedPlan(db: Db): Promise<SeedPlan | null> {
  const entry = await db.auditLog.findFirst({
    where: { action: PLAN_ACTION },
    orderBy: { at: "desc" },
  });
  return entry ? (entry.data as unknown as SeedPlan) : null;
}

/**
 * Progress is recorded by the seed itself, in the same transaction as each
 * batch, so editors publishing or deleting demo articles later cannot confuse
 * a resumed run.
 */
const BATCH_ACTION = "seed.batch";
const DRAFTS_ACTION = "seed.drafts";

async function readProgress(db: Db): Promise<{ done: number; drafts: boolean }> {
  const entries = await db.auditLog.findMany({
    where: { action: { in: [BATCH_ACTION, DRAFTS_ACTION] } },
    select: { action: true, data: true },
  });
  let done = 0;
  for (const entry of entries) {
    if (entry.action === BATCH_ACTION) done += (entry.data as { count: number }).count;
  }
  return { done, drafts: entries.some((entry) => entry.action === DRAFTS_ACTION) };
}

/** True when a recorded seed has written everything it planned. */
export async function isSeedComplete(db: Db): Promise<boolean> {
  const plan = await readSeedPlan(db);
  if (!plan) return false;
  const progress = await readProgress(db);
  return progress.drafts && progress.done >= plan.articles;
}

export async function seedNewsroom(
  db: Db,
  storage: MediaStorage,
  options: {
    articles: number;
    seed: number;
    compact?: boolean;
    now?: Date;
    batchSize?: number;
    /**
     * Staff passwords by email. The README's demo passwords are fine on a
     * laptop; a newsroom reachable from elsewhere gets generated ones.
     */
    staffPasswords?: Record<string, string>;
    log?: (line: string) => void;
    onProgress?: (progress: SeedProgress) => void;
  },
): Promise<{ resumed: boolean; plan: SeedPlan; written: number }> {
  const log = options.log ?? (() => {});
  let plan = await readSeedPlan(db);
  const resumed = plan !== null;

  if (plan && plan.articles !== options.articles) {
    throw new SeedRefusedError(
      `This database was seeded with ${plan.articles.toLocaleString("en")} demo articles. ` +
        `To seed ${options.articles.toLocaleString("en")}, run: npm run db:reset -- --articles ${options.articles}`,
    );
  }
  if (!plan) {
    const existing =
      (await db.article.count()) + (await db.section.count()) + (await db.staffUser.count());
    if (existing > 0) {
      throw new SeedRefusedError(
        "The database already has content that the demo seed did not create; nothing was changed. " +
          "Use npm run db:reset on a local database to start over.",
      );
    }
    plan = {
      articles: options.articles,
      seed: options.seed,
      now: (options.now ?? new Date()).toISOString(),
      compact: options.compact ?? options.articles > 2000,
    };
    await seedFoundations(db, storage, plan, log, options.staffPasswords);
  } else {
    log(`Resuming the demo seed recorded on ${plan.now}.`);
  }

  const references = await loadReferences(db);
  const now = new Date(plan.now);
  const progress = await readProgress(db);
  let done = progress.done;
  options.onProgress?.({ done, total: plan.articles });
  const startDone = done;

  // Oldest first (highest index first), so related-article cards always
  // point at an article that already exists.
  while (done < plan.articles) {
    const high = plan.articles - 1 - done;
    const low = Math.max(0, high - (options.batchSize ?? BATCH) + 1);
    const batch: { index: number; demo: DemoArticle }[] = [];
    for (let index = high; index >= low; index--) {
      const options = { count: plan.articles, now, seed: plan.seed, compact: plan.compact };
      batch.push({ index, demo: buildDemoArticle(index, options) });
    }
    await writeArticles(db, batch, references, plan.compact, {
      action: BATCH_ACTION,
      data: { low, high, count: batch.length },
    });
    done += batch.length;
    options.onProgress?.({ done, total: plan.articles });
  }
  if (!progress.drafts) await seedUnpublished(db, plan);
  if (await seedLiveBlogs(db, now)) log("Wrote the demo live blogs, one live and one ended.");
  if (await seedMembership(db, now)) log("Wrote the demo membership tiers and members.");
  const ukrainian = await seedUkrainianEdition(db, now);
  if (ukrainian) log(`Wrote the Ukrainian edition: ${ukrainian} stories.`);
  // Audio versions of the newest stories, made by the server in the background.
  const narrated = await queueDemoNarrations(db);
  if (narrated) log(`Queued narration of the ${narrated} newest stories.`);
  return { resumed, plan, written: done - startDone };
}

async function seedFoundations(
  db: Db,
  storage: MediaStorage,
  plan: SeedPlan,
  log: (line: string) => void,
  staffPasswords: Record<string, string> | undefined,
) {
  const demo = buildDemoNewsroom();

  log("Painting demo photographs and portraits (kept in a cache for the next seed)…");
  const images = await writeDemoPictures(storage, demo.authors);

  log("Writing settings, staff, authors, sections, tags, pages and newsletters…");
  const passwordHashes = await Promise.all(
    DEMO_STAFF.map((staff) => hashPassword(staffPasswords?.[staff.email] ?? staff.password)),
  );
  const now = new Date(plan.now);

  await db.$transaction(async (tx) => {
    await tx.auditLog.create({
      data: { action: PLAN_ACTION, entityType: "site", entityId: "1", data: { ...plan } },
    });
    await tx.siteSettings.create({ data: { id: 1, ...DEMO_SITE } });
    await tx.media.createMany({ data: images, skipDuplicates: true });

    const authorIds = demo.authors.map(() => randomUUID());
    const staffIds = DEMO_STAFF.map(() => randomUUID());
    await tx.staffUser.createMany({
      data: DEMO_STAFF.map((staff, i) => ({
        id: staffIds[i],
        email: staff.email,
        name: demo.authors.find((author) => author.slug === staff.authorSlug)?.name ?? staff.name,
        role: staff.role,
        passwordHash: passwordHashes[i]!,
      })),
    });
    await tx.author.createMany({
      data: demo.authors.map((author, i) => {
        const staffIndex = DEMO_STAFF.findIndex((staff) => staff.authorSlug === author.slug);
        return {
          id: authorIds[i],
          slug: author.slug,
          name: author.name,
          jobTitle: author.jobTitle,
          bio: author.bio,
          links: author.links.map(({ kind, url }) => ({ kind, url })),
          avatarId: demoPortraitId(author.slug),
          staffUserId: staffIndex >= 0 ? staffIds[staffIndex] : null,
        };
      }),
    });

    const sectionIds = demo.sections.map(() => randomUUID());
    await tx.section.createMany({
      data: demo.sections.map((section, i) => ({ id: sectionIds[i], ...section, position: i })),
    });
    await tx.route.createMany({
      data: demo.sections.map((section, i) => ({ slug: section.slug, sectionId: sectionIds[i] })),
    });
    await tx.tag.createMany({ data: demo.tags });
    await tx.newsletter.createMany({
      data: demo.newsletters.map((newsletter, i) => ({
        ...newsletter,
        position: i,
        senderName: DEMO_SITE.name,
        senderEmail: "newsletters@example.com",
      })),
    });
    await writeDemoSubscribers(tx, now);

    const pageIds = demo.pages.map(() => randomUUID());
    await tx.article.createMany({
      data: demo.pages.map((page, i) => ({
        id: pageIds[i],
        slug: page.slug,
        title: page.title,
        standfirst: page.standfirst,
        body: page.body,
        type: "PAGE" as const,
        status: "PUBLISHED" as const,
        publishedAt: now,
        wordCount: countWords(documentText(page.body)),
        ...buildSearchColumns({ body: page.body, tagNames: [], authorNames: [] }),
      })),
    });
    await tx.route.createMany({
      data: demo.pages.map((page, i) => ({ slug: page.slug, articleId: pageIds[i] })),
    });
  });
}

/** A few drafts, one in review and one scheduled, so the workflow has something to show. */
async function seedUnpublished(db: Db, plan: SeedPlan) {
  const references = await loadReferences(db);
  const contributor = await db.staffUser.findUniqueOrThrow({
    where: { email: "contributor@example.com" },
  });
  const states = [
    { status: "DRAFT" as const, scheduledAt: null },
    { status: "DRAFT" as const, scheduledAt: null },
    { status: "IN_REVIEW" as const, scheduledAt: null },
    {
      status: "SCHEDULED" as const,
      scheduledAt: new Date(Date.parse(plan.now) + 2 * 24 * 3600_000),
    },
  ];
  const now = new Date(plan.now);
  const drafts = states.map((state, i) => {
    const article = buildDemoArticle(plan.articles + i, {
      count: plan.articles + states.length,
      now,
      seed: plan.seed + 1,
      compact: plan.compact,
    });
    const slug = `${article.slug}-${state.status.toLowerCase().replace("_", "-")}`;
    return { index: plan.articles + i, demo: { ...article, slug, relatedSlug: null }, state };
  });
  await writeArticles(
    db,
    drafts,
    references,
    plan.compact,
    { action: DRAFTS_ACTION, data: { count: drafts.length } },
    (i) => ({
      status: drafts[i]!.state.status,
      scheduledAt: drafts[i]!.state.scheduledAt,
      createdById: contributor.id,
    }),
  );
}

interface Reference {
  id: string;
  name: string;
}

interface References {
  sections: Map<string, Reference>;
  tags: Map<string, Reference>;
  authors: Map<string, Reference>;
}

async function loadReferences(db: Db): Promise<References> {
  const select = { id: true, slug: true, name: true } as const;
  const [sections, tags, authors] = await Promise.all([
    db.section.findMany({ select }),
    db.tag.findMany({ select }),
    db.author.findMany({ select }),
  ]);
  const map = (rows: { id: string; slug: string; name: string }[]) =>
    new Map(rows.map((row) => [row.slug, { id: row.id, name: row.name }]));
  return { sections: map(sections), tags: map(tags), authors: map(authors) };
}

/**
 * Swaps the demo's placeholders for ids: images for media ids, and a
 * related-article card for the article's id. A story places its card
 * itself; a generated article gets one after its third paragraph.
 */
function finishBody(article: DemoArticle, relatedId: string | null): ArticleDocument {
  const images = new Map(article.bodyImages.map((image) => [`demo:${image.key}`, image]));
  let placed = false;
  const content: BlockNode[] = article.body.content.flatMap((block): BlockNode[] => {
    if (block.type === "relatedArticle" && block.attrs.articleId.startsWith("demo:")) {
      placed = true;
      return relatedId ? [{ ...block, attrs: { articleId: relatedId } }] : [];
    }
    if (block.type !== "image") return [block];
    const image = images.get(block.attrs.mediaId);
    return [
      image ? { ...block, attrs: { ...block.attrs, mediaId: demoPictureId(image.key) } } : block,
    ];
  });
  if (relatedId && !placed) {
    let paragraphs = 0;
    const at = content.findIndex((block) => block.type === "paragraph" && ++paragraphs === 3);
    content.splice(at === -1 ? content.length : at + 1, 0, {
      type: "relatedArticle",
      attrs: { articleId: relatedId },
    });
  }
  return { type: "doc", content };
}

async function writeArticles(
  db: Db,
  batch: { index: number; demo: DemoArticle }[],
  refs: References,
  compact: boolean,
  progress: { action: string; data: Record<string, number> },
  override?: (i: number) => Partial<Prisma.ArticleCreateManyInput>,
) {
  const related = batch
    .map(({ demo }) => demo.relatedSlug)
    .filter((slug): slug is string => Boolean(slug));
  const relatedRows = related.length
    ? await db.article.findMany({
        where: { slug: { in: related } },
        select: { id: true, slug: true },
      })
    : [];
  const slugIds = new Map(relatedRows.map((row) => [row.slug, row.id]));

  const articles: Prisma.ArticleCreateManyInput[] = [];
  const authors: Prisma.ArticleAuthorCreateManyInput[] = [];
  const tags: Prisma.ArticleTagCreateManyInput[] = [];
  const routes: Prisma.RouteCreateManyInput[] = [];
  const corrections: Prisma.CorrectionCreateManyInput[] = [];
  const revisions: Prisma.RevisionCreateManyInput[] = [];

  batch.forEach(({ demo }, i) => {
    const id = randomUUID();
    slugIds.set(demo.slug, id);
    const extra = override?.(i) ?? {};
    const published = (extra.status ?? "PUBLISHED") === "PUBLISHED";
    const publishedAt = published ? demo.publishedAt : null;
    const body = finishBody(
      demo,
      demo.relatedSlug ? (slugIds.get(demo.relatedSlug) ?? null) : null,
    );
    const article = {
      id,
      slug: demo.slug,
      title: demo.title,
      standfirst: demo.standfirst,
      body,
      type: demo.type,
      status: "PUBLISHED" as const,
      sectionId: refs.sections.get(demo.sectionSlug)?.id ?? null,
      heroImageId: demoPictureId(demo.hero.key),
      heroCaption: demo.hero.caption,
      heroCredit: demo.hero.credit,
      heroAlt: demo.hero.alt,
      publishedAt,
      substantiveUpdatedAt: published ? demo.substantiveUpdatedAt : null,
      featured: demo.featured,
      editorsPick: demo.editorsPick,
      wordCount: countWords(documentText(body)),
      ...buildSearchColumns({
        body,
        tagNames: demo.tagSlugs.flatMap((slug) => refs.tags.get(slug)?.name ?? []),
        authorNames: demo.authorSlugs.flatMap((slug) => refs.authors.get(slug)?.name ?? []),
      }),
      createdAt: demo.publishedAt,
      ...extra,
    } satisfies Prisma.ArticleCreateManyInput;
    articles.push(article);
    routes.push({ slug: demo.slug, articleId: id });
    demo.authorSlugs.forEach((slug, position) => {
      const authorId = refs.authors.get(slug)?.id;
      if (authorId) authors.push({ articleId: id, authorId, position, publishedAt });
    });
    demo.tagSlugs.forEach((slug, position) => {
      const tagId = refs.tags.get(slug)?.id;
      if (tagId) tags.push({ articleId: id, tagId, position, publishedAt });
    });
    if (published) {
      for (const correction of demo.corrections) corrections.push({ articleId: id, ...correction });
    }
    if (!compact) {
      const { id: _id, body: snapshotBody, ...fields } = article;
      revisions.push({
        articleId: id,
        version: 1,
        kind: published ? "PUBLISH" : "SAVE",
        snapshot: JSON.parse(
          JSON.stringify({
            ...fields,
            body: snapshotBody,
            authorSlugs: demo.authorSlugs,
            tagSlugs: demo.tagSlugs,
          }),
        ),
        createdAt: demo.publishedAt,
      });
    }
  });

  await db.$transaction(async (tx) => {
    await tx.article.createMany({ data: articles });
    await tx.route.createMany({ data: routes });
    await tx.articleAuthor.createMany({ data: authors });
    await tx.articleTag.createMany({ data: tags });
    if (corrections.length) await tx.correction.createMany({ data: corrections });
    if (revisions.length) await tx.revision.createMany({ data: revisions });
    await tx.auditLog.create({
      data: { action: progress.action, entityType: "site", entityId: "1", data: progress.data },
    });
  });
}
