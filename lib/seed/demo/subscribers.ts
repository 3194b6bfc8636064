/**
 * Demo newsletter subscribers (addresses at example.com only), so the staff
 * screens have counts, every status and a few sources to show. Pure and
 * deterministic: the same list on every seed.
 */

export interface DemoSubscription {
  newsletter: string;
  status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
  source: string;
  /** Days before the seed's "now" that the reader signed up. */
  daysAgo: number;
}

export interface DemoSubscriber {
  email: string;
  subscriptions: DemoSubscription[];
}

const NAMES = [
  "olena.koval",
  "mark.jensen",
  "iryna.bondar",
  "sam.okafor",
  "taras.melnyk",
  "claire.dubois",
  "yuliia.shevchuk",
  "peter.novak",
  "oksana.lysenko",
  "daniel.weiss",
  "marta.hnatiuk",
  "james.carter",
  "sofiia.kravets",
  "anna.lindqvist",
  "bohdan.tkachenko",
  "lucy.hughes",
  "andrii.savchuk",
  "tomas.horak",
  "nadia.rudenko",
  "ben.adeyemi",
  "halyna.petrenko",
  "jonas.berg",
  "viktoriia.moroz",
  "emma.rossi",
];

const NEWSLETTERS = [
  "morning-briefing",
  "war-analysis-weekly",
  "weekend-stories",
  "breaking-news",
] as const;
const SOURCES = ["article-footer", "newsletters-page", "site-footer", "import"] as const;

/** Mostly confirmed, some still pending, a few who left: what a real list looks like. */
function statusFor(i: number, j: number): DemoSubscription["status"] {
  const k = (i * 7 + j * 3) % 10;
  return k < 7 ? "CONFIRMED" : k < 9 ? "PENDING" : "UNSUBSCRIBED";
}

export const DEMO_SUBSCRIBERS: readonly DemoSubscriber[] = NAMES.map((name, i) => ({
  email: `${name}@example.com`,
  // One to three newsletters each.
  subscriptions: NEWSLETTERS.filter((_, j) => j === i % 4 || (i + j) % 3 === 0).map((slug, j) => ({
    newsletter: slug,
    status: statusFor(i, j),
    source: SOURCES[(i + j) % SOURCES.length]!,
    daysAgo: 1 + ((i * 11 + j * 5) % 90),
  })),
}));
