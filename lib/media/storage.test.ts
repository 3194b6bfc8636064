import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { LocalDiskStorage } from "./local-storage";
import { S3Storage } from "./s3-storage";
import { createMediaStorage } from "./storage";

describe("choosing the media store", () => {
  it("keeps media in the local folder by default", () => {
    const storage = createMediaStorage(parseEnv({ MEDIA_DIR: "/srv/media" }));
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect(storage.description).toContain("media");
  });

  it("uses the bucket once one is named, with the settings an S3-compatible store needs", () => {
    const env = parseEnv({
      MEDIA_S3_BUCKET: "newsroom-media",
      MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000",
      MEDIA_S3_FORCE_PATH_STYLE: "true",
      MEDIA_S3_PREFIX: "site/media/",
      MEDIA_S3_ACCESS_KEY_ID: "key",
      MEDIA_S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(env).toMatchObject({
      MEDIA_S3_REGION: "us-east-1",
      MEDIA_S3_FORCE_PATH_STYLE: true,
      MEDIA_S3_PREFIX: "site/media/",
    });
    const storage = createMediaStorage(env);
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage.description).toBe("S3 bucket newsroom-media/site/media/ at 127.0.0.1:9000");
    expect(storage.description).not.toContain("secret");
  });

  it("reads empty settings as unset, as a blank line in an env file means", () => {
    const env = parseEnv({ MEDIA_S3_BUCKET: "", MEDIA_S3_ENDPOINT: "", MEDIA_S3_PREFIX: "" });
    expect(createMediaStorage(env)).toBeInstanceOf(LocalDiskStorage);
    expect(parseEnv({ MEDIA_S3_BUCKET: "b", MEDIA_S3_PREFIX: "media" }).MEDIA_S3_PREFIX).toBe(
      "media/",
    );
  });

  it("refuses half a configuration in one line that names what is missing", () => {
    expect(() => parseEnv({ MEDIA_S3_ENDPOINT: "http://127.0.0.1:9000" })).toThrow(
      new EnvError("MEDIA_S3_BUCKET is required when MEDIA_S3_ENDPOINT is set"),
    );
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "b", MEDIA_S3_ACCESS_KEY_ID: "key" })).toThrow(
      /MEDIA_S3_SECRET_ACCESS_KEY is required/,
    );
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "b", MEDIA_S3_FORCE_PATH_STYLE: "yes" })).toThrow(
      /MEDIA_S3_FORCE_PATH_STYLE/,
    );
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "b", MEDIA_S3_PREFIX: "/abs" })).toThrow(
      /MEDIA_S3_PREFIX/,
    );
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "b", MEDIA_S3_ENDPOINT: "not a url" })).toThrow(
      /MEDIA_S3_ENDPOINT/,
    );
  });
});
