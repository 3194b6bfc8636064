import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "@/lib/backup/database";
import { readManifest } from "@/lib/backup/manifest";
import { checksumStore } from "@/lib/backup/media";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { lockDataDir, openConnection } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrations";
import { parseEnv } from "@/lib/env";
import {
  imageStorageKey,
  processImage,
  renderVariants,
  variantStorageKey,
} from "@/lib/media/images";
import { LocalDiskStorage } from "@/lib/media/local-storage";
import type { MediaStorage } from "@/lib/media/media-storage";
import { createMediaStorage } from "@/lib/media/storage";
import { S3Storage } from "@/lib/media/s3-storage";
import { audioStorageKey, sha256Of } from "@/lib/narration/store";
import { startS3Server, type S3TestServer } from "../s3/s3-server";
import { testDb } from "./database";
import { solidImage } from "./media-support";

/**
 * `npm run backup` and `npm run restore`, run as an operator would, once on
 * PostgreSQL with media in S3 and once on the embedded database with media
 * in a folder: the restored copy has the same rows and byte-identical files.
 */
let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "newsroom-backup-"));
});

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

/** Runs a script with the database and media settings given, and no others. */
function runScript(script: string, args: string[], settings: Record<string, string>) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|PGLITE_DATA_DIR|MEDIA_DIR|MEDIA_S3_.*)$/.test(name)) delete env[name];
  }
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...env, ...settings },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A small newsroom: a section, an author, a story with a photo and its copies, a narration. */
async function fillNewsroom(db: Db, storage: MediaStorage): Promise<void> {
  const image = await processImage(await solidImage(2000, 1100, "jpeg"));
  const variants = await renderVariants(image);
  const key = imageStorageKey(image.sha256, image.ext);
  await storage.put(key, image.data);
  const copies = [];
  for (const variant of variants) {
    const variantKey = variantStorageKey(image.sha256, variant.width, variant.ext);
    await storage.put(variantKey, variant.data);
    copies.push({ ...variant, key: variantKey, bytes: variant.data.byteLength, data: undefined });
  }
  const mp3 = randomBytes(200_000);
  const audioKey = audioStorageKey(sha256Of(mp3));
  await storage.put(audioKey, mp3);

  const photo = await db.media.create({
    data: {
      kind: "IMAGE",
      storageKey: key,
      mimeType: image.mimeType,
      bytes: image.data.byteLength,
      width: image.width,
      height: image.height,
      sha256: image.sha256,
      variants: copies,
      alt: "A checkpoint at dawn",
      credit: "Newsroom",
    },
  });
  await db.media.create({
    data: {
      kind: "AUDIO",
      storageKey: audioKey,
      mimeType: "audio/mpeg",
      bytes: mp3.byteLength,
      sha256: sha256Of(mp3),
      durationMs: 60_000,
    },
  });
  const section = await db.section.create({ data: { slug: "war", name: "War", position: 1 } });
  await db.route.create({ data: { slug: "war", sectionId: section.id } });
  const author = await db.author.create({ data: { slug: "olena", name: "Olena Kovalenko" } });
  const article = await db.article.create({
    data: {
      slug: "port-of-izmail",
      title: "Drones strike the port of Izmail — Ізмаїл",
      standfirst: "Two grain terminals were damaged.",
      searchText: "drones port izmail",
      searchNames: "Olena Kovalenko",
      body: { type: "doc", content: [] },
      type: "NEWS",
      status: "PUBLISHED",
      publishedAt: new Date(),
      sectionId: section.id,
      heroImageId: photo.id,
      wordCount: 6,
      authors: { create: [{ authorId: author.id, position: 0, publishedAt: new Date() }] },
    },
  });
  await db.route.create({ data: { slug: article.slug, articleId: article.id } });
}

async function onlyBackupIn(folder: string): Promise<string> {
  const entries = await fs.readdir(folder);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatch(/^newsroom-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  return path.join(folder, entries[0]!);
}

describe("backup and restore of the embedded database and the local folder", () => {
  const source = () => ({
    PGLITE_DATA_DIR: path.join(root, "pglite-source"),
    MEDIA_DIR: path.join(root, "media-source"),
  });
  let sourceRows: Record<string, number>;
  let backup: { status: number | null; output: string };
  let folder: string;

  // One newsroom, backed up once, restored by each test in its own way.
  beforeAll(async () => {
    const connection = openConnection({ kind: "pglite", dataDir: source().PGLITE_DATA_DIR });
    await applyMigrations(connection);
    const db = createPrismaClient(connection);
    await fillNewsroom(db, new LocalDiskStorage(source().MEDIA_DIR));
    sourceRows = await countRows((sql) => connection.sql.query(sql).then((rows) => ({ rows })));
    await db.$disconnect();
    await connection.close();
    backup = runScript("scripts/backup.ts", ["--out", path.join(root, "pglite-backups")], source());
    folder = await onlyBackupIn(path.join(root, "pglite-backups"));
  }, 240_000);

  it(
    "gives back the same rows and the same files, checked by the manifest",
    { timeout: 240_000 },
    async () => {
      expect(backup.output).toMatch(/Backed up \d+ rows .* and 5 media files/);
      expect(backup.status).toBe(0);
      const manifest = await readManifest(folder);
      expect(manifest.database).toMatchObject({ kind: "pglite", rowCounts: sourceRows });
      const sourceFiles = await checksumStore(new LocalDiskStorage(source().MEDIA_DIR));
      expect(manifest.media.files).toEqual(sourceFiles);

      const target = {
        PGLITE_DATA_DIR: path.join(root, "pglite-restored"),
        MEDIA_DIR: path.join(root, "media-restored"),
      };
      const restore = runScript("scripts/restore.ts", [folder], target);
      expect(restore.output).toMatch(/5 media files written, 0 already there, row counts match/);
      expect(restore.status).toBe(0);

      expect(await checksumStore(new LocalDiskStorage(target.MEDIA_DIR))).toEqual(sourceFiles);
      const restored = openConnection({ kind: "pglite", dataDir: target.PGLITE_DATA_DIR });
      try {
        expect(
          await countRows((sql) => restored.sql.query(sql).then((rows) => ({ rows }))),
        ).toEqual(sourceRows);
        const [article] = await restored.sql.query<{ title: string }>(
          `SELECT title FROM "Article"`,
        );
        expect(article?.title).toBe("Drones strike the port of Izmail — Ізмаїл");
      } finally {
        await restored.close();
      }

      // Again into the same place: refused, and nothing is touched.
      const twice = runScript("scripts/restore.ts", [folder], target);
      expect(twice.status).toBe(1);
      expect(twice.output).toMatch(/Restore needs an empty place for the embedded database/);
    },
  );

  it("refuses to copy an embedded database the site has open, and leaves no half backup", async () => {
    const release = lockDataDir(source().PGLITE_DATA_DIR);
    try {
      const out = path.join(root, "refused-backups");
      const refused = runScript("scripts/backup.ts", ["--out", out], source());
      expect(refused.status).toBe(1);
      expect(refused.output).toMatch(/is in use by process \d+\. Stop that process/);
      await expect(fs.readdir(out)).rejects.toThrow();
    } finally {
      release();
    }
  });

  it(
    "refuses a backup whose copy of a file was damaged, before writing the database",
    { timeout: 240_000 },
    async () => {
      const damaged = path.join(root, "damaged-backup");
      await fs.cp(folder, damaged, { recursive: true });
      const manifest = await readManifest(damaged);
      const victim = manifest.media.files.find((file) => file.key.startsWith("audio/"))!;
      await fs.writeFile(path.join(damaged, "media", victim.key), randomBytes(victim.size));

      const target = {
        PGLITE_DATA_DIR: path.join(root, "pglite-damaged-target"),
        MEDIA_DIR: path.join(root, "media-damaged-target"),
      };
      const restore = runScript("scripts/restore.ts", [damaged], target);
      expect(restore.status).toBe(1);
      expect(restore.output).toContain(`The backup's copy of ${victim.key} is missing or damaged.`);
      await expect(fs.stat(target.PGLITE_DATA_DIR)).rejects.toThrow();
    },
  );
});

describe.runIf(process.env.DATABASE_URL)("backup and restore of PostgreSQL and S3", () => {
  let s3: S3TestServer;
  let admin: pg.Client;
  let targetUrl: string;

  beforeAll(async () => {
    s3 = await startS3Server({ buckets: ["source-media", "restored-media"] });
    const url = new URL(process.env.DATABASE_URL!);
    const name = `${url.pathname.slice(1)}_restore`;
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
    url.pathname = `/${name}`;
    targetUrl = url.toString();
  });

  afterAll(async () => {
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(targetUrl).pathname.slice(1)}"`);
      await admin.end();
    }
    await s3?.close();
  });

  it(
    "gives back the same rows and the same objects in an empty database and bucket",
    { timeout: 240_000 },
    async () => {
      const source = { DATABASE_URL: process.env.DATABASE_URL!, ...s3.env("source-media") };
      const sourceStore = createMediaStorage(parseEnv(source));
      await fillNewsroom(testDb(), sourceStore);
      const sourceRows = await countRows((sql) => admin.query(sql));
      const sourceFiles = await checksumStore(sourceStore);
      expect(sourceFiles).toHaveLength(5);

      const backups = path.join(root, "postgres-backups");
      const backup = runScript("scripts/backup.ts", ["--out", backups], source);
      expect(backup.output).toMatch(/and 5 media files/);
      expect(backup.status).toBe(0);
      const folder = await onlyBackupIn(backups);
      const manifest = await readManifest(folder);
      expect(manifest.database).toMatchObject({ kind: "postgres", rowCounts: sourceRows });
      expect(manifest.media.source).toContain("S3 bucket source-media");

      const target = { DATABASE_URL: targetUrl, ...s3.env("restored-media") };
      const restore = runScript("scripts/restore.ts", [folder], target);
      expect(restore.output).toMatch(/5 media files written, 0 already there, row counts match/);
      expect(restore.status).toBe(0);

      const targetStore = createMediaStorage(parseEnv(target)) as S3Storage;
      expect(await checksumStore(targetStore)).toEqual(sourceFiles);
      await targetStore.close();
      await (sourceStore as S3Storage).close();
      const restored = new pg.Client({ connectionString: targetUrl });
      await restored.connect();
      try {
        expect(await countRows((sql) => restored.query(sql))).toEqual(sourceRows);
        const { rows } = await restored.query(`SELECT title FROM "Article"`);
        expect(rows[0]?.title).toBe("Drones strike the port of Izmail — Ізмаїл");
      } finally {
        await restored.end();
      }
    },
  );
});
