import type { DemoAuthor } from "./types.ts";

/** The newsroom: invented staff and guest contributors. */
export const DEMO_AUTHORS: readonly DemoAuthor[] = [
  {
    slug: "larysa-horbenko",
    name: "Larysa Horbenko",
    jobTitle: "Editor-in-chief",
    bio: "Larysa Horbenko has led The Northern Dispatch since its founding. She spent twelve years as a regional reporter and editor in Dnipro and Kyiv before the full-scale invasion. She writes editorials and the occasional letter to readers.",
    links: [
      { kind: "x", url: "https://x.com/lhorbenko_nd" },
      { kind: "email", url: "mailto:larysa.horbenko@example.com" },
    ],
    guest: false,
  },
  {
    slug: "roman-kulyk",
    name: "Roman Kulyk",
    jobTitle: "Deputy editor, opinion",
    bio: "Roman Kulyk edits the opinion section and writes editorials on politics, security and Ukraine's relations with its allies. Before joining the Dispatch he taught political science in Kharkiv.",
    links: [
      { kind: "bluesky", url: "https://bsky.app/profile/romankulyk.bsky.social" },
      { kind: "email", url: "mailto:opinion@example.com" },
    ],
    guest: false,
  },
  {
    slug: "maksym-tkachuk",
    name: "Maksym Tkachuk",
    jobTitle: "News editor",
    bio: "Maksym Tkachuk runs the news desk and the overnight shift that covers missile and drone attacks as they happen. He previously worked as a radio journalist in Zaporizhzhia.",
    links: [
      { kind: "x", url: "https://x.com/mtkachuk_news" },
      { kind: "email", url: "mailto:newsdesk@example.com" },
    ],
    guest: false,
  },
  {
    slug: "daria-melnychuk",
    name: "Daria Melnychuk",
    jobTitle: "Senior war correspondent",
    bio: "Daria Melnychuk has reported from the front line in Donetsk, Kharkiv and Zaporizhzhia oblasts since 2022. She covers the fighting, the soldiers who do it and the civilians who stay. She is based in Kramatorsk and Kyiv.",
    links: [
      { kind: "x", url: "https://x.com/dmelnychuk_nd" },
      { kind: "bluesky", url: "https://bsky.app/profile/dmelnychuk.bsky.social" },
      { kind: "email", url: "mailto:daria.melnychuk@example.com" },
    ],
    guest: false,
  },
  {
    slug: "taras-bondar",
    name: "Taras Bondar",
    jobTitle: "Kharkiv correspondent",
    bio: "Taras Bondar reports from Kharkiv and the border districts of Kharkiv Oblast. Born in the city, he stayed through the first siege and has covered its attacks, repairs and stubborn daily life ever since.",
    links: [
      { kind: "x", url: "https://x.com/tbondar_kharkiv" },
      { kind: "email", url: "mailto:taras.bondar@example.com" },
    ],
    guest: false,
  },
  {
    slug: "andriy-levchenko",
    name: "Andriy Levchenko",
    jobTitle: "Defense and security reporter",
    bio: "Andriy Levchenko covers Ukraine's armed forces, the defense industry and military aid. He writes the weekly analysis newsletter The War, Explained.",
    links: [
      { kind: "x", url: "https://x.com/alevchenko_def" },
      { kind: "website", url: "https://example.com/andriy-levchenko" },
    ],
    guest: false,
  },
  {
    slug: "iryna-kovalchuk",
    name: "Iryna Kovalchuk",
    jobTitle: "Politics reporter",
    bio: "Iryna Kovalchuk covers parliament, the government and anti-corruption institutions. She has reported on Ukrainian politics for a decade and is based in Kyiv.",
    links: [
      { kind: "bluesky", url: "https://bsky.app/profile/ikovalchuk.bsky.social" },
      { kind: "email", url: "mailto:iryna.kovalchuk@example.com" },
    ],
    guest: false,
  },
  {
    slug: "sofia-marchenko",
    name: "Sofia Marchenko",
    jobTitle: "Economy reporter",
    bio: "Sofia Marchenko writes about Ukraine's wartime economy, energy, sanctions on Russia and the money behind reconstruction. She previously worked as an analyst at a bank in Kyiv.",
    links: [
      { kind: "x", url: "https://x.com/smarchenko_econ" },
      { kind: "email", url: "mailto:sofia.marchenko@example.com" },
    ],
    guest: false,
  },
  {
    slug: "hanna-yaremchuk",
    name: "Hanna Yaremchuk",
    jobTitle: "Features writer",
    bio: "Hanna Yaremchuk writes the long human stories of the war: families, teachers, medics, volunteers and people returning home. She edits the Weekend Stories newsletter.",
    links: [
      { kind: "bluesky", url: "https://bsky.app/profile/hyaremchuk.bsky.social" },
      { kind: "website", url: "https://example.com/hanna-yaremchuk" },
    ],
    guest: false,
  },
  {
    slug: "oksana-hrytsenko",
    name: "Oksana Hrytsenko",
    jobTitle: "Staff photographer",
    bio: "Oksana Hrytsenko is the Dispatch's staff photographer. She has photographed the war in eastern and southern Ukraine since 2022, often alongside our field reporters.",
    links: [
      { kind: "website", url: "https://example.com/oksana-hrytsenko" },
      { kind: "x", url: "https://x.com/ohrytsenko_photo" },
    ],
    guest: false,
  },
  {
    slug: "yuliia-stepanenko",
    name: "Yuliia Stepanenko",
    jobTitle: "Columnist",
    bio: "Yuliia Stepanenko writes a weekly column on Ukrainian politics and society. She is a former television presenter and the author of two books of essays.",
    links: [
      { kind: "x", url: "https://x.com/ystepanenko" },
      { kind: "bluesky", url: "https://bsky.app/profile/ystepanenko.bsky.social" },
    ],
    guest: false,
  },
  {
    slug: "clare-whitcombe",
    name: "Clare Whitcombe",
    jobTitle: "Guest contributor",
    bio: "Clare Whitcombe is a senior fellow at the Amber Coast Security Institute, where she studies European defense policy. She writes for the Dispatch in a personal capacity.",
    links: [{ kind: "website", url: "https://example.com/clare-whitcombe" }],
    guest: true,
  },
  {
    slug: "mykhailo-prystupa",
    name: "Mykhailo Prystupa",
    jobTitle: "Guest contributor",
    bio: "Mykhailo Prystupa is an economist who lectures on public finance in Lviv. He advised several municipalities on rebuilding damaged infrastructure and writes about the economics of the war.",
    links: [
      { kind: "website", url: "https://example.com/mykhailo-prystupa" },
      { kind: "email", url: "mailto:mykhailo.prystupa@example.com" },
    ],
    guest: true,
  },
];

/** Who writes what; slugs of DEMO_AUTHORS. */
export const AUTHOR_POOLS = {
  war: ["daria-melnychuk", "taras-bondar", "andriy-levchenko", "maksym-tkachuk"],
  kharkiv: ["taras-bondar"],
  russia: ["andriy-levchenko", "sofia-marchenko", "maksym-tkachuk"],
  national: ["iryna-kovalchuk", "sofia-marchenko", "maksym-tkachuk"],
  economy: ["sofia-marchenko"],
  analysis: ["andriy-levchenko", "sofia-marchenko", "iryna-kovalchuk", "daria-melnychuk"],
  opinion: ["yuliia-stepanenko", "yuliia-stepanenko", "clare-whitcombe", "mykhailo-prystupa"],
  editorial: ["larysa-horbenko", "roman-kulyk"],
  feature: ["hanna-yaremchuk", "daria-melnychuk", "taras-bondar"],
  photo: ["oksana-hrytsenko"],
  company: ["larysa-horbenko", "maksym-tkachuk"],
} as const;

export type AuthorPool = keyof typeof AUTHOR_POOLS;
