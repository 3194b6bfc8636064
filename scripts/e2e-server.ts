/**
 * The server the Playwright suite runs against: a fresh database (its own
 * PGlite folder, or the PostgreSQL test database named by DATABASE_URL),
 * the demo newsroom, a real SMTP server on loopback for its mail, media in
 * a folder (or with E2E_MEDIA=s3 in a real S3-protocol server on loopback),
 * a production build, and the app server.
 * Writes .data/e2e/fixtures.json with slugs the tests need.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { openCheckedConnection } from "../lib/db/open";
import { e2eDataDir } from "../e2e/data-dir";
import { startSmtpSink } from "../test/mail/smtp-sink";
import { startS3Server } from "../test/s3/s3-server";
import { TEST_WEBHOOK_SECRET } from "../test/stripe/events";
import { startStripeStub } from "../test/stripe/stripe-stub";
import { assertTestDatabase } from "../test/test-database";
import { buildNext, followChild, runScriptFile, spawnServer } from "./lib/processes";
import { runScript } from "./lib/run-script";

const { values } = parseArgs({ options: { port: { type: "string", default: "3100" } } });
const root = path.resolve(e2eDataDir(values.port!));

await runScript(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: path.join(root, "pglite"),
    MEDIA_DIR: path.join(root, "media"),
    SITE_URL: `http://127.0.0.1:${values.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    MOST_POPULAR_TTL_SECONDS: "1",
    // The narration tests hear a story straight after its publish.
    NARRATION_DELAY_SECONDS: "0",
  };
  assertTestDatabase(env);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });

  // E2E_MEDIA=s3: media in a bucket of a real S3-protocol server on
  // loopback, which lives as long as this process.
  if (process.env.E2E_MEDIA === "s3") {
    const s3 = await startS3Server({ directory: path.join(root, "s3"), buckets: ["media"] });
    Object.assign(env, s3.env("media"));
    console.log(`Media in S3 bucket "media" at ${s3.endpoint}`);
  }

  // --no-seed wipes and migrates; then a fresh seed of the default demo.
  runScriptFile("scripts/db-reset.ts", ["--no-seed"], env);
  runScriptFile("scripts/db-seed.ts", [], env);

  const connection = await openCheckedConnection(env);
  const db = createPrismaClient(connection);
  const [published, withCorrection, draft, scheduled, page, section] = await Promise.all([
    db.article.findFirst({
      where: { status: "PUBLISHED", type: { notIn: ["PAGE", "LIVE_BLOG"] }, tags: { some: {} } },
      orderBy: { publishedAt: "desc" },
      select: {
        id: true,
        slug: true,
        title: true,
        section: { select: { slug: true } },
        tags: { select: { tag: { select: { slug: true } } }, take: 1 },
        authors: { select: { author: { select: { slug: true } } }, take: 1 },
      },
    }),
    db.article.findFirst({
      where: { status: "PUBLISHED", corrections: { some: {} } },
      select: { slug: true, title: true },
    }),
    db.article.findFirst({
      where: { status: "DRAFT" },
      select: { id: true, slug: true, title: true },
    }),
    db.article.findFirst({ where: { status: "SCHEDULED" }, select: { slug: true, title: true } }),
    db.article.findFirst({
      where: { type: "PAGE", slug: "about" },
      select: { slug: true, title: true },
    }),
    db.section.findFirst({ orderBy: { position: "asc" }, select: { slug: true, name: true } }),
  ]);
  // The Ukrainian edition: a translated pair, and an English story with no
  // translation yet for the translation workflow.
  const [translation, untranslated, ukSection] = await Promise.all([
    db.article.findFirst({
      where: { status: "PUBLISHED", edition: "uk", translationOf: { status: "PUBLISHED" } },
      orderBy: { publishedAt: "desc" },
      select: { slug: true, title: true, translationOf: { select: { slug: true, title: true } } },
    }),
    db.article.findFirst({
      where: { status: "PUBLISHED", edition: "en", type: "NEWS", translations: { none: {} } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true, title: true },
    }),
    db.section.findFirst({
      where: { edition: "uk" },
      orderBy: { position: "asc" },
      select: { slug: true, name: true },
    }),
  ]);
  // An article whose slug has changed since: its old address must answer 301.
  const oldSlug = `earlier-${published!.slug}`.slice(0, 120);
  await db.route.create({ data: { slug: oldSlug, articleId: published!.id, canonical: false } });

  fs.writeFileSync(
    path.join(root, "fixtures.json"),
    JSON.stringify(
      {
        published: {
          id: published!.id,
          slug: published!.slug,
          title: published!.title,
          sectionSlug: published!.section?.slug,
          tagSlug: published!.tags[0]?.tag.slug,
          authorSlug: published!.authors[0]?.author.slug,
        },
        withCorrection,
        draft,
        scheduled,
        page,
        section,
        oldSlug,
        uk: {
          translation: { slug: translation!.slug, title: translation!.title },
          original: translation!.translationOf,
          untranslated,
          section: ukSection,
        },
      },
      null,
      2,
    ),
  );
  await db.$disconnect();
  await connection.close();

  // Mail leaves through a real SMTP server on loopback, which keeps every
  // message in the data folder for the tests to read (e2e/mailbox.ts).
  const spoolDir = path.join(root, "mail");
  fs.mkdirSync(spoolDir, { recursive: true });
  const sink = await startSmtpSink({ spoolDir });
  env.SMTP_URL = sink.url;

  // Payments through a stand-in for Stripe's API on loopback (this machine
  // has no network); it keeps each request in the data folder for the tests.
  // E2E_PAYMENTS=off: no Stripe key, to see the site as one without payments.
  if (process.env.E2E_PAYMENTS !== "off") {
    const stripe = await startStripeStub({ spoolFile: path.join(root, "stripe", "requests.json") });
    Object.assign(env, {
      STRIPE_SECRET_KEY: "sk_test_e2e",
      STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
    });
  }
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!fs.existsSync(buildId) || process.env.E2E_BUILD !== "reuse") buildNext(env);
  followChild(spawnServer(["--port", values.port!, "--hostname", "127.0.0.1"], { env }));
});
