import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/lib/media/local-storage";
import { readWhole, type MediaStorage } from "@/lib/media/media-storage";
import { S3Storage } from "@/lib/media/s3-storage";
import { startS3Server, type S3TestServer } from "../s3/s3-server";

/**
 * One contract, both stores: whatever the app does with media (uploads,
 * the /media route, narration, seeding, deletes, backups) behaves the same
 * on the local folder and on S3-compatible object storage, here a real
 * S3-protocol server on 127.0.0.1.
 */
let s3: S3TestServer;
let folder: string;
const stores: Record<string, MediaStorage> = {};

beforeAll(async () => {
  s3 = await startS3Server({ buckets: ["contract", "shared"] });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "newsroom-media-contract-"));
  stores.local = new LocalDiskStorage(folder);
  const settings = s3.env("contract");
  stores.s3 = new S3Storage({
    bucket: "contract",
    endpoint: s3.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: {
      accessKeyId: settings.MEDIA_S3_ACCESS_KEY_ID!,
      secretAccessKey: settings.MEDIA_S3_SECRET_ACCESS_KEY!,
    },
    // Small pages, so listing is seen to follow continuation tokens.
    listPageSize: 2,
  });
});

afterAll(async () => {
  await (stores.s3 as S3Storage | undefined)?.close();
  await s3?.close();
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

async function text(stream: ReadableStream | null): Promise<string | null> {
  if (!stream) return null;
  return new Response(stream).text();
}

async function listed(storage: MediaStorage, prefix?: string) {
  const files = [];
  for await (const file of storage.list(prefix)) files.push(file);
  return files.sort((a, b) => a.key.localeCompare(b.key));
}

describe.each(["local", "s3"])("the %s media store", (name) => {
  const store = () => stores[name]!;
  const unique = () => randomBytes(6).toString("hex");

  it("stores a file and reads it back whole, by range, and by size", async () => {
    const key = `images/aa/${unique()}.jpg`;
    await store().put(key, Buffer.from("0123456789"));
    expect(await store().size(key)).toBe(10);
    expect(await text(await store().read(key))).toBe("0123456789");
    expect(await text(await store().read(key, { start: 2, end: 5 }))).toBe("2345");
    expect(await text(await store().read(key, { start: 9, end: 9 }))).toBe("9");
  });

  it("answers null for a file that is not there, and removes quietly", async () => {
    const key = `images/ab/${unique()}.png`;
    expect(await store().size(key)).toBeNull();
    expect(await store().read(key)).toBeNull();
    expect(await store().read(key, { start: 0, end: 3 })).toBeNull();
    await expect(store().remove(key)).resolves.toBeUndefined();
  });

  it("replaces a file whole and forgets it after a remove", async () => {
    const key = `audio/ac/${unique()}.mp3`;
    await store().put(key, Buffer.from("first version"));
    await store().put(key, Buffer.from("second"));
    expect(await text(await store().read(key))).toBe("second");
    await store().remove(key);
    expect(await store().size(key)).toBeNull();
    expect(await store().read(key)).toBeNull();
  });

  it("keeps binary data intact, larger than one network chunk", async () => {
    const key = `audio/ad/${unique()}.mp3`;
    const data = randomBytes(3 * 1024 * 1024 + 17);
    await store().put(key, data);
    expect(await store().size(key)).toBe(data.byteLength);
    const whole = await readWhole(store(), key);
    expect(whole?.equals(data)).toBe(true);
    const tail = await store().read(key, {
      start: data.byteLength - 1000,
      end: data.byteLength - 1,
    });
    expect(Buffer.from(await new Response(tail).arrayBuffer()).equals(data.subarray(-1000))).toBe(
      true,
    );
  });

  it("lists every file under a prefix with its size, across pages", async () => {
    const folderKey = `images/${unique().slice(0, 2)}-${unique()}`;
    const keys = [`${folderKey}/a.jpg`, `${folderKey}/b.webp`, `${folderKey}/c.gif`];
    for (const [index, key] of keys.entries()) await store().put(key, Buffer.alloc(index + 1));
    expect(await listed(store(), `${folderKey}/`)).toEqual(
      keys.map((key, index) => ({ key, size: index + 1 })),
    );
    const all = await listed(store());
    expect(all.map((file) => file.key)).toEqual(expect.arrayContaining(keys));
    expect(await listed(store(), "images/none-such/")).toEqual([]);
  });

  it("refuses keys that could leave the store", async () => {
    await expect(store().put("../escape.jpg", Buffer.from("x"))).rejects.toThrow(/Invalid/);
    await expect(store().read("images//x.jpg")).rejects.toThrow(/Invalid/);
  });
});

describe("an S3 store with a prefix", () => {
  it("keeps its files under the prefix and lists only its own", async () => {
    const settings = s3.env("shared");
    const options = {
      bucket: "shared",
      endpoint: s3.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: {
        accessKeyId: settings.MEDIA_S3_ACCESS_KEY_ID!,
        secretAccessKey: settings.MEDIA_S3_SECRET_ACCESS_KEY!,
      },
    };
    const site = new S3Storage({ ...options, prefix: "site-a/" });
    const other = new S3Storage({ ...options, prefix: "site-b/" });
    const whole = new S3Storage(options);
    try {
      await site.put("images/aa/one.jpg", Buffer.from("a"));
      await other.put("images/aa/one.jpg", Buffer.from("bb"));
      expect(await listed(site)).toEqual([{ key: "images/aa/one.jpg", size: 1 }]);
      expect(await other.size("images/aa/one.jpg")).toBe(2);
      expect((await listed(whole)).map((file) => file.key)).toEqual([
        "site-a/images/aa/one.jpg",
        "site-b/images/aa/one.jpg",
      ]);
    } finally {
      await Promise.all([site.close(), other.close(), whole.close()]);
    }
  });
});
