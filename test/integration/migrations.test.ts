import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  applyMigrations,
  MIGRATIONS_DIR,
  MigrationError,
  pendingMigrations,
  readMigrations,
} from "@/lib/db/migrations";
import { withScratchDatabase } from "./scratch-database";

function migrationsWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrations", () => {
  it("apply every migration once and record them where Prisma Migrate looks", async () => {
    await withScratchDatabase(async (connection) => {
      const names = readMigrations().map((m) => m.name);
      expect(await pendingMigrations(connection)).toEqual(names);
      expect(await applyMigrations(connection)).toEqual(names);
      expect(await applyMigrations(connection)).toEqual([]);
      expect(await pendingMigrations(connection)).toEqual([]);
      const rows = await connection.sql.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
      }>(
        `select migration_name, checksum, finished_at from "_prisma_migrations" order by migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      expect(rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(
        true,
      );
      const tables = await connection.sql.query<{ tablename: string }>(
        `select tablename from pg_tables where schemaname = 'public'`,
      );
      expect(tables.map((t) => t.tablename)).toEqual(
        expect.arrayContaining(["Article", "Route", "SiteSettings"]),
      );
    });
  });

  it("roll a failing migration back completely and name it", async () => {
    const dir = migrationsWith({
      "29990101000000_broken": `CREATE TABLE "Partial" ("id" TEXT PRIMARY KEY);\nALTER TABLE "Article" ADD COLUMN "oops" TEXT;\nSELECT * FROM "NoSuchTable";`,
    });
    await withScratchDatabase(async (connection) => {
      const failure = await applyMigrations(connection, { dir }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as Error).message).toMatch(/29990101000000_broken failed: .*NoSuchTable/);
      const partial = await connection.sql.query<{ exists: boolean }>(
        `select to_regclass('"Partial"') is not null as exists`,
      );
      expect(partial[0]?.exists).toBe(false);
      const column = await connection.sql.query(
        `select 1 from information_schema.columns where table_name = 'Article' and column_name = 'oops'`,
      );
      expect(column).toHaveLength(0);
      // The migrations before it stay applied; the broken one is still pending.
      expect(await pendingMigrations(connection, dir)).toEqual(["29990101000000_broken"]);
    });
  });

  it("refuse a second route with the same slug, whatever it points at", async () => {
    await withScratchDatabase(async (connection) => {
      await applyMigrations(connection);
      await connection.sql.exec(
        `INSERT INTO "Section" (id, slug, name, "updatedAt") VALUES ('s1', 'war', 'War', now())`,
      );
      await connection.sql.exec(`INSERT INTO "Route" (slug, "sectionId") VALUES ('war', 's1')`);
      await connection.sql.exec(
        `INSERT INTO "Article" (id, slug, title, body, "updatedAt") VALUES ('a1', 'war-story', 'T', '{}', now())`,
      );
      await expect(
        connection.sql.exec(`INSERT INTO "Route" (slug, "articleId") VALUES ('war', 'a1')`),
      ).rejects.toThrow();
      // A route names exactly one target.
      await expect(
        connection.sql.exec(
          `INSERT INTO "Route" (slug, "articleId", "sectionId") VALUES ('both', 'a1', 's1')`,
        ),
      ).rejects.toThrow();
    });
  });
});

describe("search migration", () => {
  it("makes articles written before it searchable", async () => {
    const names = readMigrations().map((m) => m.name);
    const searchMigration = names.find((name) => name.endsWith("_article_search"))!;
    const before = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const name of names.filter((n) => n < searchMigration)) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    }
    await withScratchDatabase(async (connection) => {
      await applyMigrations(connection, { dir: before });
      await connection.sql.exec(`
        INSERT INTO "Tag" (id, slug, name, "updatedAt") VALUES ('t1', 'energy', 'Energy grid', now());
        INSERT INTO "Article" (id, slug, title, body, status, "publishedAt", "updatedAt")
          VALUES ('a1', 'old-story', 'Old story', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Substation repairs in Poltava"}]}]}', 'PUBLISHED', now(), now());
        INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES ('a1', 't1');`);
      await applyMigrations(connection);
      const found = await connection.sql.query<{ id: string }>(
        `SELECT id FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', 'poltava substation')
           AND "searchVector" @@ websearch_to_tsquery('english', 'grid')`,
      );
      expect(found.map((row) => row.id)).toEqual(["a1"]);
    });
  });
});

describe("outbox lease migration", () => {
  it("keeps a message that was being sent claimed until its old lease ends", async () => {
    const names = readMigrations().map((m) => m.name);
    const leaseMigration = names.find((name) => name.endsWith("_outbox_lease"))!;
    const before = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    for (const name of names.filter((n) => n < leaseMigration)) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    }
    await withScratchDatabase(async (connection) => {
      await applyMigrations(connection, { dir: before });
      await connection.sql.exec(`
        INSERT INTO "EmailOutbox" (id, "toAddress", "fromAddress", subject, html, text, status, attempts, "nextAttemptAt", "updatedAt")
        VALUES ('sending', 'a@example.org', 'Desk <d@example.org>', 'S', '<p>h</p>', 'h', 'SENDING', 1, '2030-01-01 10:15:00', now()),
               ('queued', 'b@example.org', 'Desk <d@example.org>', 'S', '<p>h</p>', 'h', 'QUEUED', 0, '2030-01-01 10:00:00', now());`);
      await applyMigrations(connection);
      const rows = await connection.sql.query<{
        id: string;
        status: string;
        nextAttemptAt: Date;
        leaseExpiresAt: Date | null;
        leaseToken: string | null;
      }>(
        `SELECT id, status::text, "nextAttemptAt", "leaseExpiresAt", "leaseToken" FROM "EmailOutbox" ORDER BY id`,
      );
      expect(rows.map((r) => [r.id, r.status, r.leaseExpiresAt?.toISOString() ?? null])).toEqual([
        ["queued", "QUEUED", null],
        ["sending", "SENDING", "2030-01-01T10:15:00.000Z"],
      ]);
      expect(rows[1]?.leaseToken).toBeTruthy();
      expect(rows[0]?.leaseToken).toBeNull();
    });
  });
});
