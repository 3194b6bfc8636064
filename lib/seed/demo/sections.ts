import type { DemoSection } from "./types.ts";

export type SectionSlug =
  "war" | "analysis" | "russias-war" | "national" | "human-story" | "field-report" | "company-news";

/** In navigation order. */
export const DEMO_SECTIONS: readonly DemoSection[] = [
  {
    slug: "war",
    name: "War",
    description:
      "Daily reporting from the front line and from the cities under Russian missile and drone attack.",
  },
  {
    slug: "analysis",
    name: "Analysis",
    description:
      "Explainers, opinion and editorials that put the day's news about the war in context.",
  },
  {
    slug: "russias-war",
    name: "Russia's War",
    description:
      "How Russia wages its war: its army, its war economy, its allies and the sanctions against it.",
  },
  {
    slug: "national",
    name: "National",
    description:
      "Politics, the economy, reconstruction and public life in Ukraine beyond the battlefield.",
  },
  {
    slug: "human-story",
    name: "Human Story",
    description: "The people living through the war, in their own words and at their own pace.",
  },
  {
    slug: "field-report",
    name: "Field Report",
    description:
      "Our reporters and photographers on the ground, from front-line positions to evacuation routes.",
  },
  {
    slug: "company-news",
    name: "Company News",
    description: "News about The Northern Dispatch itself: our team, our projects and how we work.",
  },
];
