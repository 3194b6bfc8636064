import type { Rng } from "./random.ts";

/**
 * Invented people. First names and surnames are combined at random; the
 * surname list leaves out the names of well-known public figures so no
 * combination points at a real politician, commander or official.
 */

export interface Person {
  first: string;
  last: string;
  name: string;
  he: "he" | "she";
  his: "his" | "her";
  him: "him" | "her";
  age: number;
}

const MEN = [
  "Andriy",
  "Bohdan",
  "Dmytro",
  "Ihor",
  "Maksym",
  "Mykola",
  "Oleh",
  "Oleksandr",
  "Pavlo",
  "Petro",
  "Roman",
  "Serhiy",
  "Stepan",
  "Taras",
  "Vasyl",
  "Viktor",
  "Yaroslav",
  "Yurii",
  "Artem",
  "Denys",
  "Ivan",
  "Kostiantyn",
  "Ruslan",
  "Anatolii",
];

const WOMEN = [
  "Alina",
  "Anastasiia",
  "Daria",
  "Halyna",
  "Hanna",
  "Iryna",
  "Kateryna",
  "Khrystyna",
  "Larysa",
  "Mariia",
  "Nadiia",
  "Nataliia",
  "Oksana",
  "Olena",
  "Olha",
  "Svitlana",
  "Tetiana",
  "Valentyna",
  "Viktoriia",
  "Yuliia",
  "Zoriana",
  "Liudmyla",
];

const SURNAMES = [
  "Antoniuk",
  "Babenko",
  "Bondar",
  "Chaika",
  "Didenko",
  "Fedorchuk",
  "Hnatiuk",
  "Holub",
  "Horbach",
  "Ivaniuk",
  "Karpenko",
  "Kravets",
  "Kushnir",
  "Nazarenko",
  "Oliinyk",
  "Ostapchuk",
  "Pavliuk",
  "Prykhodko",
  "Pylypenko",
  "Romaniuk",
  "Semeniuk",
  "Sydorenko",
  "Voitenko",
  "Yaremenko",
  "Zhuk",
  "Humeniuk",
  "Mazur",
  "Kovtun",
  "Shapoval",
  "Stasiuk",
  "Honchar",
  "Yatsenko",
  "Ilchenko",
  "Palii",
  "Demchuk",
  "Zaiets",
  "Rybak",
  "Movchan",
  "Kozak",
  "Baranyk",
];

export function person(r: Rng, minAge = 24, maxAge = 72): Person {
  const woman = r.chance(0.5);
  const first = r.pick(woman ? WOMEN : MEN);
  const last = r.pick(SURNAMES);
  return {
    first,
    last,
    name: `${first} ${last}`,
    he: woman ? "she" : "he",
    his: woman ? "her" : "his",
    him: woman ? "her" : "him",
    age: r.int(minAge, maxAge),
  };
}

/** An invented analyst at an invented institution. */
export interface Expert {
  name: string;
  last: string;
  /** "a senior fellow at the Vorskla Institute for Security Studies" */
  role: string;
  /** "the Vorskla Institute for Security Studies" */
  institution: string;
}

const EXPERT_FIRST = ["Claire", "Erik", "Jonas", "Laura", "Marta", "Pieter", "Sophie", "Lukas"];
const EXPERT_FIRST_UA = ["Oksana", "Dmytro", "Iryna", "Bohdan", "Nataliia", "Yaroslav"];
const EXPERT_LAST = [
  "Lindqvist",
  "Verhagen",
  "Kowalczyk",
  "Haldane",
  "Marchetti",
  "Sorby",
  "Dufresne",
  "Halvorsen",
];
const INSTITUTIONS = [
  "the Vorskla Institute for Security Studies",
  "the Baltic-Black Sea Policy Centre",
  "the Meridian Energy Observatory",
  "the Institute for Eastern Flank Studies",
  "the Hromada Governance Project",
  "the Danube Economic Forum",
];
const EXPERT_ROLES = [
  "a senior fellow at",
  "a researcher at",
  "the research director of",
  "an analyst at",
];

export function expert(r: Rng): Expert {
  const ukrainian = r.chance(0.45);
  const first = ukrainian ? r.pick(EXPERT_FIRST_UA) : r.pick(EXPERT_FIRST);
  const last = ukrainian ? r.pick(SURNAMES) : r.pick(EXPERT_LAST);
  const institution = r.pick(INSTITUTIONS);
  return {
    name: `${first} ${last}`,
    last,
    role: `${r.pick(EXPERT_ROLES)} ${institution}`,
    institution,
  };
}

/** Photographers who are not bylined authors, and invented agencies. */
const PHOTOGRAPHERS = [
  "Yevhen Kushnir",
  "Marta Semeniuk",
  "Ostap Horbach",
  "Iryna Palii",
  "Serhiy Movchan",
  "Dana Kozak",
  "Lev Antoniuk",
];
const AGENCIES = [
  "Eastlight Press",
  "Meridian Pictures",
  "Steppe Photo Agency",
  "Borderline Images",
];

/** A photo credit in the house style, e.g. "(Oksana Hrytsenko/The Northern Dispatch)". */
export function photoCredit(r: Rng): string {
  const roll = r.next();
  if (roll < 0.4) return "(Oksana Hrytsenko/The Northern Dispatch)";
  if (roll < 0.6) return `(${r.pick(PHOTOGRAPHERS)}/The Northern Dispatch)`;
  if (roll < 0.85) return `(${r.pick(PHOTOGRAPHERS)}/${r.pick(AGENCIES)} via Northwind Wire)`;
  return `(${r.pick(PHOTOGRAPHERS)}/${r.pick(AGENCIES)})`;
}

/** The person's age mapped into [min, max], for roles that need one (a pensioner, a soldier). */
export function ageBetween(p: Person, min: number, max: number): number {
  return min + (p.age % (max - min + 1));
}
