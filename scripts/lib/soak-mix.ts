import type { SoakFixtures } from "./soak-fixtures";
import { expectStatus, send, SoakFailure } from "./soak-http";
import type { Ledger } from "./soak-ledger";

/**
 * The traffic mix, in shares of the fixed request rate: mostly readers
 * (pages, feeds and the rails fragment every article page fetches), then
 * search, and a few writes: newsletter sign-ups, comments and editor saves.
 * At 20 requests a second that is 0.6 saves a second across the writers
 * (an autosave every five seconds each) and 0.4 comments a second.
 */
export const MIX = {
  home: 11,
  section: 9,
  article: 33,
  tag: 6,
  author: 5,
  feed: 5,
  rails: 9,
  search: 14,
  "sign-up": 3,
  comment: 2,
  save: 3,
} as const;

export type MixKind = keyof typeof MIX;

/** Kinds in the order the reports list them. */
export const REPORT_ORDER = [...Object.keys(MIX), "sign-in", "sign-in mail"];

/** Seeded, so a run's sequence of requests can be repeated. */
export { random as seededRandom } from "../../lib/seed/images/noise";

export function pickKind(random: () => number): MixKind {
  const total = Object.values(MIX).reduce((sum, weight) => sum + weight, 0);
  let point = random() * total;
  for (const [kind, weight] of Object.entries(MIX) as [MixKind, number][]) {
    point -= weight;
    if (point < 0) return kind;
  }
  return "article";
}

export function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

/** The address a reader request goes to, for each reading kind. */
export function readerPath(kind: MixKind, fixtures: SoakFixtures, random: () => number): string {
  // Readers favour recent stories: half the article traffic is on the newest ten.
  const article = () =>
    random() < 0.5 ? pick(fixtures.articles.slice(0, 10), random) : pick(fixtures.articles, random);
  switch (kind) {
    case "home":
      return "/";
    case "section":
      return pick(fixtures.sections, random);
    case "article":
      return article().path;
    case "tag":
      return `/tag/${pick(fixtures.tags, random)}`;
    case "author":
      return `/author/${pick(fixtures.authors, random)}`;
    case "feed":
      return pick(
        [
          "/feed",
          `${pick(fixtures.sections, random)}/feed`,
          `/tag/${pick(fixtures.tags, random)}/feed`,
          `/author/${pick(fixtures.authors, random)}/feed`,
        ],
        random,
      );
    case "rails":
      return `/fragments/rails/${article().id}`;
    case "search":
      return `/search?q=${encodeURIComponent(pick(fixtures.searchTerms, random))}`;
    default:
      throw new Error(`${kind} is not a reading kind`);
  }
}

export async function readPage(origin: string, path: string): Promise<void> {
  expectStatus(await send(origin, path, { headers: { Accept: "text/html,*/*" } }), 200);
}

/** A newsletter sign-up as the plain form posts it (no script): answered with a 303 to "sent". */
export async function signUp(
  origin: string,
  email: string,
  newsletter: string,
  ledger: Ledger,
): Promise<void> {
  const answer = await send(origin, "/api/newsletters/subscribe", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, newsletter, source: "newsletters-page" }).toString(),
  });
  expectStatus(answer, 303);
  const location = answer.headers.get("location") ?? "";
  if (!location.includes("result=sent")) throw new SoakFailure("not sent", location);
  ledger.signUps.push({ email, newsletter });
}

/**
 * One request of each reading kind to each app server, one at a time,
 * before the traffic starts: a fresh server loads a route's code on its
 * first request, and under full load that first minute is slow enough for
 * the edge's health probe to give up on it. A deployment warms its servers
 * the same way before they take traffic.
 */
export async function warmUp(appOrigins: string[], fixtures: SoakFixtures): Promise<void> {
  const first = () => 0;
  for (const origin of appOrigins) {
    for (const kind of READING_KINDS) {
      await send(origin, readerPath(kind, fixtures, first)).catch(() => {});
    }
  }
}

const READING_KINDS: MixKind[] = [
  "home",
  "section",
  "article",
  "tag",
  "author",
  "feed",
  "rails",
  "search",
];
