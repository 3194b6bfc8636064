import { fig, num } from "./doc.ts";
import { REAR_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Core, type Template } from "./template.ts";

/** News about The Northern Dispatch itself. */

const LAUNCHES = [
  {
    thing: "narrated audio versions of every article",
    detail:
      "Every article on our site now comes with an audio version, created with AI assistance from the final published text and checked by our editors. When an article is updated, the narration is updated with it, so listeners always hear the same version readers see.",
  },
  {
    thing: "a weekly podcast about the war's economy",
    detail:
      "The podcast, hosted by our economy reporter, looks every week at one question behind the headlines: who pays for air defense, how a port keeps working under attack, what sanctions actually change. Episodes are about 25 minutes long and come with full transcripts.",
  },
  {
    thing: "a fellowship for young reporters from front-line regions",
    detail:
      "The fellowship offers six months of paid work in our newsroom, mentoring by senior editors and safety training to young journalists from Kharkiv, Zaporizhzhia, Kherson, Donetsk and Sumy oblasts. Fellows will publish under their own bylines from the first month.",
  },
  {
    thing: "a corrections page that lists every change we make",
    detail:
      "The new page lists every correction, clarification and substantive update we publish, newest first, with a link to the article and the date. Search engines and researchers can read the same information in machine-readable form.",
  },
] as const;

function launch(c: Core) {
  return at(LAUNCHES, c.k1);
}

const companyLaunch: Template = {
  id: "company-launch",
  type: "NEWS",
  section: "company-news",
  weight: 1.5,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(8, 60), r.int(40, 90), r.int(3, 12)),
  tags: () => ["ukraine"],
  authors: "company",
  titles: [
    (c) => `The Northern Dispatch launches ${launch(c).thing}`,
    (c) => `Introducing ${launch(c).thing}, from The Northern Dispatch`,
    (c) => `We are launching ${launch(c).thing}. Here is why`,
  ],
  standfirsts: [
    () =>
      `A note from our newsroom about a new project, what it costs, who pays for it and how it fits with our commitment to independent reporting on the war.`,
    (c) =>
      `The project is paid for by the ${num(c.n.a)},000 readers who support The Northern Dispatch every month. Here is how it works and how to use it.`,
  ],
  leads: [
    (c) =>
      `Today The Northern Dispatch is launching ${launch(c).thing}. It is the result of months of work by a small team inside our newsroom and of requests from many of you, our readers, who asked us to make our reporting easier to follow and to trust.`,
    (c) =>
      `We have some news about our own work: starting this week, The Northern Dispatch offers ${launch(c).thing}. We want to explain what it is, why we built it and what it does not change about the way we report on Russia's war against Ukraine.`,
  ],
  paragraphs: [
    (c) => launch(c).detail,
    (c) =>
      `The project is paid for entirely by members, the ${num(c.n.a)},000 readers who support our journalism with monthly contributions. No advertiser or grant-maker was involved in the decision to build it, and none has any say over its content. We publish our finances every year.`,
    (c) =>
      `Our newsroom now has ${num(c.n.b)} staff members and regular contributors in Kyiv, Kharkiv, Dnipro, Odesa and along the front line. Growing carefully, and only as fast as our readers allow, has let us keep reporting through power cuts, attacks and the years of fatigue that many outlets did not survive.`,
    () =>
      `We would like to hear what you think. You can write to the editors through our [contacts page](/contacts), and we read every message, though we cannot answer them all individually. If you spot a mistake in our reporting, please tell us: every correction we publish is listed on the article it concerns and on our corrections page.`,
  ],
  quotes: [
    (c) => ({
      text: "Readers told us what they needed, and they also paid for it. That is the kind of independence we want",
      name: c.p1.name,
      role: "the project's lead at The Northern Dispatch",
    }),
  ],
  headings: ["Why we built it", "Who pays for it", "Tell us what you think"],
  context: ["company"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Drafts and notes on a desk in The Northern Dispatch's newsroom in Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A member of our audio team records in the Dispatch studio in Kyiv on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of readers who support The Northern Dispatch each month. It is ${num(c.n.a)},000.`,
    (c) =>
      `An earlier version of this article misstated the size of our newsroom. We have ${num(c.n.b)} staff members and regular contributors.`,
  ],
};

const MILESTONES = [
  (c: Core) => `The Northern Dispatch reaches ${fig(c.n.a)},000 paying members`,
  (c: Core) => `${c.p1.name} joins The Northern Dispatch as managing editor`,
  () => `The Northern Dispatch publishes its annual transparency report`,
  (c: Core) =>
    `Northern Dispatch reporters win ${c.n.c > 6 ? "two Amber Lantern Awards" : "the Amber Lantern Award"} for conflict reporting`,
] as const;

const MILESTONE_LEADS = [
  (c: Core) =>
    `The Northern Dispatch now has ${num(c.n.a)},000 members who support our journalism every month, the largest number since our founding. Thank you. Reader contributions now cover more than half of our budget, and they are the main reason we can keep reporters on the front line and in the cities under attack.`,
  (c: Core) =>
    `${c.p1.name} has joined The Northern Dispatch as managing editor, responsible for the daily running of the newsroom, standards and the training of new reporters. ${c.p1.he === "he" ? "He" : "She"} previously worked for ${num(c.n.c)} years as an editor at regional newspapers and a public broadcaster.`,
  (c: Core) =>
    `Today we publish our annual transparency report, which shows where our money came from, how we spent it and how many corrections we published. In short: readers provided most of our income, salaries were our largest cost, and we published ${num(c.n.c * 9)} corrections, each visible on the article it concerns.`,
  (c: Core) =>
    `Reporters and photographers of The Northern Dispatch have received the Amber Lantern Award for conflict reporting, an independent prize given by a jury of editors and press freedom advocates, for a series on evacuations from front-line towns. The jury said the series showed "patience and respect for the people in it."${c.n.c > 6 ? " A second award went to our coverage of the energy war." : ""}`,
] as const;

const companyMilestone: Template = {
  id: "company-milestone",
  type: "NEWS",
  section: "company-news",
  weight: 1.5,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(8, 60), r.int(40, 90), r.int(3, 12)),
  tags: () => ["ukraine"],
  authors: "company",
  titles: [(c) => at(MILESTONES, c.k2)(c)],
  standfirsts: [
    () =>
      `News from our newsroom: what has changed at The Northern Dispatch, and what it means for the way we report on the war.`,
    () =>
      `A short note to readers about our work, our team and the people who make independent reporting on Russia's war against Ukraine possible.`,
  ],
  leads: [(c) => at(MILESTONE_LEADS, c.k2)(c)],
  paragraphs: [
    (c) =>
      `Our newsroom has ${num(c.n.b)} staff members and regular contributors. Most of them are Ukrainian journalists who have covered the war since 2014, joined by editors and fact-checkers who help us publish in English for readers around the world. More than a third of them are women.`,
    () =>
      `Our editorial standards have not changed: we verify before we publish, we name our sources whenever it is safe to do so, we correct our mistakes openly and we keep opinion clearly separate from news. Our full editorial policy is published on the About page.`,
    () =>
      `The safety of our reporters comes first. Everyone who travels to the front line has hostile-environment and first-aid training, protective equipment and a plan agreed with editors before departure. We do not ask freelancers to take risks we would not accept for our own staff, and we pay for their insurance and equipment.`,
    () =>
      `If you want to support our work, you can [become a member](https://example.com/membership) or subscribe to one of our newsletters. If you have a story we should know about, our contacts page explains how to reach us securely. Thank you for reading.`,
  ],
  headings: ["Our newsroom", "How we work"],
  context: ["company"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `Kyiv, where The Northern Dispatch's newsroom is based, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A Northern Dispatch photographer prepares for a trip to ${c.front.oblast} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of members. It is ${num(c.n.a)},000.`,
  ],
};

export const COMPANY_TEMPLATES: readonly Template[] = [companyLaunch, companyMilestone];
