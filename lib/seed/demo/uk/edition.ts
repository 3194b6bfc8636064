import type { DemoArticleType, DemoMotif } from "../types.ts";

/**
 * The Ukrainian edition of the demo newsroom: its sections, its authors
 * (the newsroom's reporters, under their names in Ukrainian) and its
 * stories. Everything is written for this project; some stories are
 * Ukrainian versions of the English hand-written ones (lib/seed/demo/stories),
 * linked to them as translations.
 */

export interface UkSection {
  slug: string;
  name: string;
  description: string;
}

export const UK_SECTIONS: readonly UkSection[] = [
  {
    slug: "viina",
    name: "Війна",
    description: "Щоденні новини з фронту та з міст, які Росія атакує ракетами й дронами.",
  },
  {
    slug: "analityka",
    name: "Аналітика",
    description: "Пояснення, колонки та редакційні статті, що дають контекст новинам про війну.",
  },
  {
    slug: "rosiiska-viina",
    name: "Війна Росії",
    description: "Як Росія веде війну: армія, воєнна економіка, союзники та санкції.",
  },
  {
    slug: "kraina",
    name: "Країна",
    description: "Політика, економіка, відбудова та громадське життя України поза полем бою.",
  },
  {
    slug: "liudski-istorii",
    name: "Людські історії",
    description: "Люди, які живуть у війні, їхніми власними словами.",
  },
];

export interface UkAuthor {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  /** The same reporter's English profile, whose portrait this one shares. */
  englishSlug: string;
}

export const UK_AUTHORS: readonly UkAuthor[] = [
  {
    slug: "taras-bondar-ua",
    englishSlug: "taras-bondar",
    name: "Тарас Бондар",
    jobTitle: "Кореспондент у Харкові",
    bio: "Тарас Бондар пише про Харків і Харківщину: обстріли, евакуацію та життя прифронтових громад.",
  },
  {
    slug: "daria-melnychuk-ua",
    englishSlug: "daria-melnychuk",
    name: "Дарія Мельничук",
    jobTitle: "Кореспондентка",
    bio: "Дарія Мельничук висвітлює обміни полоненими, транспорт і роботу служб порятунку.",
  },
  {
    slug: "maksym-tkachuk-ua",
    englishSlug: "maksym-tkachuk",
    name: "Максим Ткачук",
    jobTitle: "Редактор новин",
    bio: "Максим Ткачук керує нічною зміною, яка стежить за атаками дронів і ракет у реальному часі.",
  },
  {
    slug: "sofiia-marchenko-ua",
    englishSlug: "sofia-marchenko",
    name: "Софія Марченко",
    jobTitle: "Кореспондентка в Одесі",
    bio: "Софія Марченко пише про Одесу, порти та енергетику півдня України.",
  },
  {
    slug: "larysa-horbenko-ua",
    englishSlug: "larysa-horbenko",
    name: "Лариса Горбенко",
    jobTitle: "Головна редакторка",
    bio: "Лариса Горбенко очолює редакцію від її заснування і пише редакційні статті.",
  },
  {
    slug: "iryna-kovalchuk-ua",
    englishSlug: "iryna-kovalchuk",
    name: "Ірина Ковальчук",
    jobTitle: "Економічна оглядачка",
    bio: "Ірина Ковальчук пише про економіку війни, бюджети та санкції.",
  },
];

export interface UkStory {
  slug: string;
  title: string;
  standfirst: string;
  type: DemoArticleType;
  section: string;
  authors: readonly string[];
  /** The English hand-written story this one translates, by slug. */
  translationOf?: string;
  /** Published this many hours before the seed's "now". */
  hoursAgo: number;
  /** One of the demo's pictures (lib/seed/demo/pictures.ts); `variant` counts from 1. */
  picture: { motif: DemoMotif; variant: number; alt: string; caption: string };
  paragraphs: readonly string[];
  featured?: boolean;
  editorsPick?: boolean;
}

export const UK_PHOTO_CREDIT = "(Оксана Гриценко/The Northern Dispatch)";
