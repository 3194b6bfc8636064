import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, HEAD } from "@/app/media/[...key]/route";
import { deleteMediaAction } from "@/lib/media/actions";
import { readWhole } from "@/lib/media/media-storage";
import { S3Storage } from "@/lib/media/s3-storage";
import { storageKeysOf, variantUrl } from "@/lib/media/variants";
import { audioStorageKey, sha256Of, storeNarrationAudio } from "@/lib/narration/store";
import { cropStoredImage } from "@/lib/seo/og-images";
import { startS3Server, type S3TestServer } from "../s3/s3-server";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { postUpload, solidImage } from "./media-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

/**
 * The app with its media in S3-compatible object storage (a real
 * S3-protocol server on 127.0.0.1): uploads land in the bucket, the /media
 * route streams them back with ranges and validators, and deletes, narration
 * and sharing images use the same bucket. The local folder stays empty.
 */
let s3: S3TestServer;
let bucket: S3Storage;
let localFolder: string;

beforeAll(async () => {
  s3 = await startS3Server({ buckets: ["newsroom-media"] });
  const settings = s3.env("newsroom-media");
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  localFolder = await fs.mkdtemp(path.join(os.tmpdir(), "newsroom-media-unused-"));
  vi.stubEnv("MEDIA_DIR", localFolder);
  // A second client, to look into the bucket beside the app.
  bucket = new S3Storage({
    bucket: "newsroom-media",
    endpoint: s3.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: {
      accessKeyId: settings.MEDIA_S3_ACCESS_KEY_ID!,
      secretAccessKey: settings.MEDIA_S3_SECRET_ACCESS_KEY!,
    },
  });
});

afterAll(async () => {
  await bucket?.close();
  await s3?.close();
  if (localFolder) await fs.rm(localFolder, { recursive: true, force: true });
});

startEachTestAs("EDITOR");

function request(src: string, method: "GET" | "HEAD", headers: Record<string, string> = {}) {
  const key = src.replace(/^\/media\//, "").split("/");
  const handler = method === "GET" ? GET : HEAD;
  return handler(new Request(`http://localhost${src}`, { method, headers }), {
    params: Promise.resolve({ key }),
  });
}

async function uploadPhoto() {
  const { status, body } = await postUpload(await solidImage(2000, 1200, "jpeg"), {
    alt: "A checkpoint",
    credit: "Newsroom",
  });
  expect(status).toBe(201);
  if (!body.ok) throw new Error(body.error);
  const row = await testDb().media.findUniqueOrThrow({
    where: { id: body.data.id },
    select: { id: true, storageKey: true, bytes: true, width: true, variants: true },
  });
  return { ...body.data, row };
}

async function bucketKeys(): Promise<string[]> {
  const keys = [];
  for await (const file of bucket.list()) keys.push(file.key);
  return keys.sort();
}

describe("media in S3-compatible storage", () => {
  it("stores an upload and its copies in the bucket, none on the local disk", async () => {
    const photo = await uploadPhoto();
    const copies = (photo.row.variants as { key: string }[]).map((variant) => variant.key);
    expect(copies.length).toBeGreaterThan(0);
    expect(await bucketKeys()).toEqual(expect.arrayContaining([photo.row.storageKey, ...copies]));
    expect(await fs.readdir(localFolder)).toEqual([]);
  });

  it("serves the upload back through /media with length, validators, caching and purge key", async () => {
    const photo = await uploadPhoto();
    const stored = await readWhole(bucket, photo.row.storageKey);

    const whole = await request(photo.src, "GET");
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.equals(stored!)).toBe(true);
    expect(bytes.byteLength).toBe(photo.row.bytes);
    expect(whole.headers.get("content-length")).toBe(String(photo.row.bytes));
    expect(whole.headers.get("content-type")).toBe("image/jpeg");
    expect(whole.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(whole.headers.get("x-newsroom-cache-tags")).toBe(`media:${photo.id}`);
    const etag = whole.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const head = await request(photo.src, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(photo.row.bytes));
    expect(await head.text()).toBe("");

    const again = await request(photo.src, "GET", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);

    const copy = variantUrl(photo.row, 480);
    expect(copy).not.toBe(photo.src);
    const copyResponse = await request(copy, "GET");
    expect(copyResponse.status).toBe(200);
    expect(copyResponse.headers.get("x-newsroom-cache-tags")).toBe(`media:${photo.id}`);
    expect(copyResponse.headers.get("etag")).not.toBe(etag);
  });

  it("answers byte ranges from the bucket, as audio players ask", async () => {
    const photo = await uploadPhoto();
    const stored = (await readWhole(bucket, photo.row.storageKey))!;
    const size = stored.byteLength;

    const part = await request(photo.src, "GET", { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${size}`);
    expect(part.headers.get("content-length")).toBe("100");
    expect(Buffer.from(await part.arrayBuffer()).equals(stored.subarray(100, 200))).toBe(true);

    const tail = await request(photo.src, "GET", { range: "bytes=-10" });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(stored.subarray(size - 10))).toBe(true);

    const headPart = await request(photo.src, "HEAD", { range: "bytes=0-9" });
    expect(headPart.status).toBe(206);
    expect(headPart.headers.get("content-length")).toBe("10");

    const beyond = await request(photo.src, "GET", { range: `bytes=${size}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);

    // A range for a file the client no longer has (If-Range names another) gets the whole file.
    const changed = await request(photo.src, "GET", { range: "bytes=0-9", "if-range": '"other"' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("content-length")).toBe(String(size));
    await changed.body?.cancel();
  });

  it("streams a long narration in pieces instead of holding it whole", async () => {
    const mp3 = randomBytes(6 * 1024 * 1024);
    const sha256 = sha256Of(mp3);
    const id = await testDb().$transaction((tx) =>
      storeNarrationAudio(tx, { mp3, sha256, durationMs: 600_000, title: "A long read" }),
    );
    const key = audioStorageKey(sha256);
    expect(await bucket.size(key)).toBe(mp3.byteLength);

    const response = await request(`/media/${key}`, "GET");
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(response.headers.get("x-newsroom-cache-tags")).toBe(`media:${id}`);
    const reader = response.body!.getReader();
    let chunks = 0;
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      received += value.byteLength;
    }
    expect(received).toBe(mp3.byteLength);
    expect(chunks).toBeGreaterThan(10);

    const seek = await request(`/media/${key}`, "GET", { range: "bytes=5000000-5000099" });
    expect(seek.status).toBe(206);
    expect(Buffer.from(await seek.arrayBuffer()).equals(mp3.subarray(5_000_000, 5_000_100))).toBe(
      true,
    );
  });

  it("cuts sharing images from the original in the bucket", async () => {
    const photo = await uploadPhoto();
    const crop = await cropStoredImage(photo.row.storageKey, 1200, 630);
    expect(crop?.byteLength).toBeGreaterThan(1000);
  });

  it("removes the original and every copy from the bucket on delete, and serves them no more", async () => {
    const photo = await uploadPhoto();
    const keys = storageKeysOf(photo.row);
    expect(await bucketKeys()).toEqual(expect.arrayContaining(keys));
    expect((await request(photo.src, "GET")).status).toBe(200);
    const result = await deleteMediaAction({ id: photo.id });
    expect(result.ok).toBe(true);
    expect((await bucketKeys()).filter((key) => keys.includes(key))).toEqual([]);
    const gone = await request(photo.src, "GET");
    expect(gone.status).toBe(404);
    expect(gone.headers.get("x-newsroom-cache-tags")).toBeNull();
  });
});
