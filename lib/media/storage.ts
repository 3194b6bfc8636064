import path from "node:path";
import { parseEnv, type Env } from "@/lib/env";
import { LocalDiskStorage } from "./local-storage";
import type { MediaStorage } from "./media-storage";
import { S3Storage } from "./s3-storage";

/**
 * The configured store: an S3-compatible bucket when MEDIA_S3_BUCKET is set
 * (several app servers and a worker need one shared library), otherwise the
 * folder MEDIA_DIR on this machine.
 */
export function createMediaStorage(env: Env): MediaStorage {
  if (!env.MEDIA_S3_BUCKET) return new LocalDiskStorage(path.resolve(env.MEDIA_DIR));
  return new S3Storage({
    bucket: env.MEDIA_S3_BUCKET,
    prefix: env.MEDIA_S3_PREFIX,
    endpoint: env.MEDIA_S3_ENDPOINT,
    region: env.MEDIA_S3_REGION,
    forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE,
    credentials:
      env.MEDIA_S3_ACCESS_KEY_ID && env.MEDIA_S3_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID,
            secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY,
          }
        : undefined,
  });
}

let storage: MediaStorage | undefined;

/** Every read and write of a media file goes through this one store. */
export function mediaStorage(): MediaStorage {
  storage ??= createMediaStorage(parseEnv());
  return storage;
}
