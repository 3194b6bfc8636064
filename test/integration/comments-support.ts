import { randomUUID } from "node:crypto";
import {
  createReaderSessionToken,
  loadReader,
  readerSessionCookieName,
} from "@/lib/readers/session";
import type { ReaderIdentity } from "@/lib/readers/session";
import { testDb } from "./database";
import { createArticle } from "./factories";

/** Helpers shared by the comments integration tests. */

export async function createReader(
  overrides: { email?: string; displayName?: string; ageHours?: number; banned?: boolean } = {},
): Promise<ReaderIdentity> {
  const row = await testDb().reader.create({
    data: {
      email: overrides.email ?? `reader-${randomUUID().slice(0, 8)}@example.org`,
      displayName: overrides.displayName ?? "Mariia from Odesa",
      createdAt: new Date(Date.now() - (overrides.ageHours ?? 24 * 30) * 3_600_000),
      bannedAt: overrides.banned ? new Date() : null,
    },
    select: { id: true },
  });
  return (await loadReader(row.id))!;
}

/** The site settings row with the comment settings a test needs. */
export async function commentSettings(
  overrides: {
    policy?: "PRE" | "POST";
    commentsDefault?: "OPEN" | "CLOSED" | "OFF";
    watchWords?: string;
    maxLinks?: number;
    newReaderHours?: number;
  } = {},
) {
  const data = {
    commentPolicy: overrides.policy ?? "POST",
    commentsDefault: overrides.commentsDefault ?? "OPEN",
    commentWatchWords: overrides.watchWords ?? "",
    commentMaxLinks: overrides.maxLinks ?? 2,
    commentNewReaderHours: overrides.newReaderHours ?? 24,
  };
  await testDb().siteSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "The Harbour Gazette", timezone: "Europe/Kyiv", ...data },
    update: data,
  });
}

export const publishedStory = () => createArticle({ title: "Night shift at the grain port" });

/** Forgets every rate-limit count (they live in this process's memory in tests). */
export function resetRateLimits() {
  delete (globalThis as { newsroomRateLimits?: unknown }).newsroomRateLimits;
}

/** A request as a browser on this site sends it, optionally signed in as a reader. */
export async function siteRequest(
  url: string,
  init: {
    method?: string;
    readerId?: string;
    json?: unknown;
    form?: Record<string, string>;
    address?: string;
    crossSite?: boolean;
    /** What the comments island names in Accept-Language. */
    language?: string;
  } = {},
): Promise<Request> {
  const headers = new Headers({
    "sec-fetch-site": init.crossSite ? "cross-site" : "same-origin",
    "x-newsroom-client-address": init.address ?? "198.51.100.7",
  });
  if (init.language) headers.set("accept-language", init.language);
  if (init.readerId) {
    headers.set(
      "cookie",
      `${readerSessionCookieName()}=${await createReaderSessionToken(init.readerId)}`,
    );
  }
  let body: string | undefined;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(init.form).toString();
  }
  return new Request(new URL(url, "http://localhost:3000"), {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
}

export async function commentRow(id: string) {
  return testDb().comment.findUniqueOrThrow({
    where: { id },
    select: { status: true, heldReason: true, body: true, deletedAt: true, parentId: true },
  });
}
