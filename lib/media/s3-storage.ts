import { createHash } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import {
  isValidMediaKey,
  mediaContentType,
  type MediaStorage,
  type StoredFile,
} from "./media-storage";

export interface S3StorageOptions {
  bucket: string;
  /** Prepended to every key ("newsroom/"), so one bucket can hold more than media. */
  prefix?: string;
  /** An S3-compatible service (MinIO, Ceph, R2, a test server); unset: AWS. */
  endpoint?: string;
  region: string;
  /** bucket.host/key (AWS's default) or host/bucket/key (most self-hosted stores). */
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (AWS_* variables, an instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Keys per listing request; small only in tests that exercise paging. */
  listPageSize?: number;
}

type Sdk = typeof import("@aws-sdk/client-s3");

/** A 404 from S3 reads as "missing", like a file that is not on disk. */
function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    failure?.name === "NoSuchKey" ||
    failure?.name === "NotFound" ||
    failure?.$metadata?.httpStatusCode === 404
  );
}

/**
 * Media in an S3-compatible bucket, so several app servers and the worker
 * share one library. Object names are the storage keys (behind the prefix).
 * Files are streamed out, never held whole, so a long narration costs no
 * more memory than a photo; ranges are asked of S3 itself.
 */
export class S3Storage implements MediaStorage {
  readonly description: string;
  private readonly prefix: string;
  private sdk: Promise<{ s3: Sdk; client: S3Client }> | undefined;

  constructor(private readonly options: S3StorageOptions) {
    this.prefix = options.prefix ?? "";
    const where = options.endpoint ? ` at ${new URL(options.endpoint).host}` : "";
    this.description = `S3 bucket ${options.bucket}${this.prefix ? `/${this.prefix}` : ""}${where}`;
  }

  // Loaded on first use, so a site on the local folder never loads the SDK.
  private connect(): Promise<{ s3: Sdk; client: S3Client }> {
    this.sdk ??= import("@aws-sdk/client-s3").then((s3) => ({
      s3,
      client: new s3.S3Client({
        region: this.options.region,
        endpoint: this.options.endpoint,
        forcePathStyle: this.options.forcePathStyle,
        credentials: this.options.credentials,
        // Checksums only where S3 demands them: many S3-compatible stores
        // reject the newer default headers.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      }),
    }));
    return this.sdk;
  }

  private objectName(key: string): string {
    if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    return this.prefix + key;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const { s3, client } = await this.connect();
    await client.send(
      new s3.PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectName(key),
        Body: data,
        ContentLength: data.byteLength,
        // The store checks the bytes it received against this.
        ContentMD5: createHash("md5").update(data).digest("base64"),
        ContentType: mediaContentType(key) ?? "application/octet-stream",
        // Keys are content hashes: a bucket served directly may be cached forever.
        CacheControl: "public, max-age=31536000, immutable",
      }),
    );
  }

  async read(key: string, range?: { start: number; end: number }): Promise<ReadableStream | null> {
    const { s3, client } = await this.connect();
    try {
      const answer = await client.send(
        new s3.GetObjectCommand({
          Bucket: this.options.bucket,
          Key: this.objectName(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return answer.Body ? (answer.Body.transformToWebStream() as ReadableStream) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async size(key: string): Promise<number | null> {
    const { s3, client } = await this.connect();
    try {
      const answer = await client.send(
        new s3.HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectName(key) }),
      );
      return answer.ContentLength ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const { s3, client } = await this.connect();
    await client.send(
      new s3.DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectName(key) }),
    );
  }

  async *list(prefix = ""): AsyncIterable<StoredFile> {
    const { s3, client } = await this.connect();
    const pages = s3.paginateListObjectsV2(
      { client, pageSize: this.options.listPageSize ?? 1000 },
      { Bucket: this.options.bucket, Prefix: this.prefix + prefix },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length);
        // Objects that are not ours (another prefix's, an operator's notes) are left alone.
        if (key && isValidMediaKey(key) && !key.endsWith("/")) {
          yield { key, size: object.Size ?? 0 };
        }
      }
    }
  }

  /** Closes the connections (scripts and tests that end while the process goes on). */
  async close(): Promise<void> {
    if (this.sdk) (await this.sdk).client.destroy();
    this.sdk = undefined;
  }
}
