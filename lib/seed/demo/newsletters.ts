import type { DemoNewsletter } from "./types.ts";

export const DEMO_NEWSLETTERS: readonly DemoNewsletter[] = [
  {
    slug: "morning-briefing",
    name: "Morning Briefing",
    description:
      "What happened overnight and what to watch today, in five minutes, every morning at 7 a.m. Kyiv time.",
    cadence: "Daily",
  },
  {
    slug: "war-analysis-weekly",
    name: "The War, Explained",
    description:
      "Our defense and security reporters read the week on the front line and in the capitals that matter, every Friday.",
    cadence: "Weekly",
  },
  {
    slug: "weekend-stories",
    name: "Weekend Stories",
    description:
      "The week's human stories and field reports, with photographs, for a slower read on Saturday morning.",
    cadence: "Weekly",
  },
  {
    slug: "breaking-news",
    name: "Breaking News Alerts",
    description:
      "A short email when something major happens, and only then: usually a few times a month.",
    cadence: "As it happens",
  },
  {
    slug: "ranok",
    name: "Ранок",
    description:
      "Що сталося за ніч і на що зважати сьогодні: за п'ять хвилин, щоранку о 7:00 за київським часом.",
    cadence: "Щодня",
    edition: "uk",
  },
];
