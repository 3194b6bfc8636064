import { testDb } from "./database";

/** Helpers for the newsletter sign-up tests: readers' requests as the browser sends them. */

let counter = 0;

export async function createNewsletter(
  overrides: { active?: boolean; name?: string; edition?: "en" | "uk" } = {},
) {
  const n = ++counter;
  return testDb().newsletter.create({
    data: {
      slug: `bulletin-${n}`,
      name: overrides.name ?? `Bulletin ${n}`,
      description: "A test newsletter about the front line.",
      cadence: "Weekly",
      senderName: "The Desk",
      senderEmail: "desk@example.org",
      active: overrides.active ?? true,
      edition: overrides.edition ?? "en",
      position: n,
    },
  });
}

export interface PostOptions {
  ip?: string;
  /** The enhanced form's fetch (Accept: application/json). */
  json?: boolean;
  /** What the browser says about where the post came from; null sends nothing. */
  fetchSite?: "same-origin" | "cross-site" | null;
}

export function post(
  path: string,
  fields: Record<string, string | string[]>,
  options: PostOptions = {},
): Request {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "x-newsroom-client-address": options.ip ?? "198.51.100.7",
  };
  const fetchSite = options.fetchSite === undefined ? "same-origin" : options.fetchSite;
  if (fetchSite) headers["sec-fetch-site"] = fetchSite;
  if (options.json) headers.accept = "application/json";
  return new Request(`http://localhost:3000${path}`, { method: "POST", headers, body });
}

/** The path and query of an absolute link from an email. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

export function tokenOf(url: string): string {
  return new URL(url, "http://localhost:3000").searchParams.get("token") ?? "";
}

/** The first link in a plain-text email that starts with `prefix` (a path). */
export function linkIn(text: string, prefix: string): string {
  const match = [...text.matchAll(/https?:\/\/\S+/g)]
    .map((found) => found[0])
    .find((url) => new URL(url).pathname.startsWith(prefix));
  if (!match) throw new Error(`no ${prefix} link in:\n${text}`);
  return match;
}

export async function subscriptionOf(email: string, newsletterId: string) {
  return testDb().subscription.findFirst({
    where: { newsletterId, subscriber: { email } },
    select: {
      status: true,
      source: true,
      confirmedAt: true,
      unsubscribedAt: true,
      confirmTokenHash: true,
      confirmTokenExpiresAt: true,
    },
  });
}

/** Forgets every rate-limit count (the memory store is one per process). */
export function resetRateLimits(): void {
  delete (globalThis as { newsroomRateLimits?: unknown }).newsroomRateLimits;
}
