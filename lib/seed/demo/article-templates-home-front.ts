import { fig, num } from "./doc.ts";
import { FRONT_TOWNS, STRIKE_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Template } from "./template.ts";

/** Evacuations and the energy war. */

const evacuation: Template = {
  id: "evacuation",
  type: "NEWS",
  section: "war",
  weight: 3,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(40, 420), r.int(5, 20), r.int(600, 4800), r.int(2, 3)),
  tags: (c) => ["ukraine", "children", "humanitarian-aid", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "war",
  coAuthors: "national",
  titles: [
    (c) =>
      `Authorities order evacuation of families with children from ${fig(c.n.b)} villages near ${c.place.name}`,
    (c) =>
      `Mandatory evacuation of children expands around ${c.place.name} as Russian drones reach farther`,
    (c) =>
      `${fig(c.n.a)} children still live near ${c.place.name} as officials order families to leave`,
  ],
  standfirsts: [
    () =>
      `Regional officials said drones and artillery now reach areas that were considered relatively safe a few months ago, making it too dangerous for children to remain.`,
    (c) =>
      `The order covers ${c.place.name} and ${num(c.n.b)} nearby villages. Families will be offered transport, temporary housing and payments, officials said.`,
  ],
  leads: [
    (c) =>
      `Authorities in ${c.place.oblast} have ordered the mandatory evacuation of families with children from ${c.place.name} and ${num(c.n.b)} nearby villages, the regional military administration said on ${c.date.weekday}, citing increasingly frequent drone and artillery attacks. About ${num(c.n.a)} children still live in the area, according to officials.`,
    (c) =>
      `Families with children must leave ${c.place.name} and the surrounding villages, officials said on ${c.date.weekday}, as Russian attacks on the area intensify. The regional military administration said about ${num(c.n.a)} children remained in the affected communities, out of roughly ${num(c.n.c)} residents in total.`,
  ],
  paragraphs: [
    () =>
      `Police and volunteers will take families to a transit center in a safer part of the oblast, from where evacuation trains run to central and western regions. Officials said places had been reserved in dormitories and modular housing, and that families could also choose to stay with relatives.`,
    () =>
      `Under Ukrainian law, authorities can order the evacuation of children even when their parents are reluctant, though officials say they prefer persuasion. Social workers and police have been visiting homes door to door to explain the order and to help families pack documents and medicines.`,
    () =>
      `Many families have stayed because of elderly relatives who refuse to leave, or because they cannot afford rent elsewhere. Displaced people receive a monthly payment from the state, but aid groups say it rarely covers the cost of housing in cities such as Dnipro, Kyiv or Lviv.`,
    (c) =>
      `The evacuation routes themselves are under threat. Volunteers said Russian drones had attacked clearly marked vehicles on the road out of ${c.place.name} in recent weeks, and that they now travel in the early morning, when visibility is lower. Some drivers now fit their vans with improvised anti-drone cages.`,
    () =>
      `Schools in the area have taught online since 2022, and most playgrounds have been closed. Teachers say many children have spent years without seeing their classmates, and psychologists have warned about the effects of constant stress and sleepless nights. Some families share a single phone for lessons.`,
  ],
  quotes: [
    (c) => ({
      text: "I kept telling myself we would wait one more week. Then a drone hit the house across the street",
      name: c.p1.name,
      role: `a ${c.p1.he === "he" ? "father" : "mother"} of ${at(["two", "three", "one"], c.k2)} from a village near ${c.place.name} who left on the first evacuation bus`,
    }),
    (c) => ({
      text: "We do not drag anyone into a van. We talk, we explain, and we come back the next day",
      name: c.p2.name,
      role: "a police officer with the evacuation team",
    }),
    (c) => ({
      text: "The roads out are the most dangerous part now. We leave before sunrise and keep the radio off",
      name: c.p3.name,
      role: "a volunteer driver with an evacuation group",
    }),
  ],
  headings: ["How the evacuation works", "Why families stay", "Roads under drone threat"],
  list: () => ({
    heading: "What evacuees are offered",
    items: [
      "Free transport to a transit center, then onward by train",
      "Temporary housing in dormitories or modular towns in safer regions",
      "A one-time payment and monthly support for displaced people",
      "Help with school enrollment and medical records",
    ],
  }),
  context: ["front", "humanitarian"],
  photos: [
    (c) => ({
      motif: "train",
      caption: `The railway out of ${c.place.oblast}, used by evacuation trains, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A resident of ${c.place.name} waits for an evacuation van on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of children remaining in the area. Officials said about ${num(c.n.a)}, not ${num(c.n.a + 100)}.`,
    (c) =>
      `An earlier version of this article misstated the number of villages covered by the evacuation order. It is ${num(c.n.b)}, not ${num(c.n.b + 3)}.`,
  ],
};

const energyStrike: Template = {
  id: "energy-strike",
  type: "NEWS",
  section: "war",
  weight: 4,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(20, 600), r.int(30, 130), r.int(4, 20), r.int(2, 8)),
  tags: (c) => [
    "ukraine",
    "russia",
    "energy",
    "air-defense",
    ...(c.place.tag ? [c.place.tag] : []),
  ],
  authors: "war",
  coAuthors: "economy",
  titles: [
    (c) =>
      `${fig(c.n.a * 1000)} households in ${c.place.name} without power after Russian energy strike`,
    (c) =>
      `Russia targets energy infrastructure in ${fig(c.n.d)} oblasts; outages hit ${c.place.name}`,
    (c) => `Power engineers race to restore electricity in ${c.place.name} after overnight attack`,
  ],
  standfirsts: [
    (c) =>
      `The attack hit substations and a power plant, the grid operator said, and emergency outages were introduced in ${num(c.n.d)} oblasts as engineers assessed the damage.`,
    (c) =>
      `Water supply and heating in ${c.place.name} switched to backup generators. Officials said power would be restored gradually over the next ${num(c.n.c)} hours.`,
  ],
  leads: [
    (c) =>
      `A Russian missile and drone attack on energy facilities overnight left about ${num(c.n.a * 1000)} households in ${c.place.name} and the surrounding area without electricity, the regional power company said on ${c.date.weekday}. Ukraine's grid operator reported damage to generating and transmission facilities in ${num(c.n.d)} oblasts.`,
    (c) =>
      `Russia struck power plants and substations in ${num(c.n.d)} oblasts overnight, cutting electricity to hundreds of thousands of consumers, Ukraine's grid operator said on ${c.date.weekday}. In ${c.place.name}, about ${num(c.n.a * 1000)} households lost power, and officials said some could be without it for ${num(c.n.c)} hours or more.`,
  ],
  paragraphs: [
    (c) =>
      `The Air Force said Russia launched ${num(c.n.b)} drones and missiles, including cruise missiles fired from strategic bombers. Most were shot down or jammed, but several hit energy facilities, it said. The [grid operator's statement](https://example.com/grid/outage-update) did not specify which plants were damaged, in line with wartime restrictions.`,
    (c) =>
      `In ${c.place.name}, trams and trolleybuses stopped running in the morning and were replaced by buses. Water utilities switched pumping stations to generators, and residents of some high-rise buildings were left without water on the upper floors for several hours. Long queues formed at bus stops.`,
    () =>
      `The grid operator said it had introduced emergency outages in several regions to balance the system and asked consumers to limit electricity use between 5 p.m. and 10 p.m., when demand is highest. Businesses were asked to switch to their own generators where possible.`,
    (c) =>
      `Energy officials said it was the ${at(["third", "fourth", "second"], c.k1)} large-scale attack on the energy system in the past month. Replacing high-voltage transformers, which take months to manufacture, depends largely on equipment supplied by partners and on spare parts from decommissioned plants abroad.`,
    (c) =>
      `Cafes, pharmacies and supermarkets with generators stayed open through the outage, and ${c.place.name} opened heated support points where residents can charge phones, get hot drinks and connect to the internet. Officials said the points would stay open until power was fully restored, and asked residents to check on elderly neighbors who live alone.`,
  ],
  quotes: [
    (c) => ({
      text: "We fix a substation, they hit it again, and we fix it again. The crews are exhausted, but nobody leaves",
      name: c.p1.name,
      role: "a repair crew supervisor at the regional power company",
    }),
    (c) => ({
      text: "We cook on a camping stove and charge everything at the café downstairs. We are used to it, but I worry about winter",
      name: c.p2.name,
      role: `a ${c.p2.age}-year-old resident of ${c.place.name}`,
    }),
  ],
  headings: ["Outages and repairs", "How the city is coping", "The grid as a target"],
  list: (c) => ({
    heading: "If the power goes out",
    items: [
      `Heated support points in ${c.place.name} are open around the clock`,
      "Water may be unavailable on upper floors, so keep a supply of drinking water",
      "Check the regional power company's official channels for outage schedules",
      "Run generators outdoors only, away from windows and doors",
    ],
  }),
  context: ["energy", "airDefense"],
  photos: [
    (c) => ({
      motif: "night",
      caption: `Apartment blocks in ${c.place.name} stand mostly dark during a power outage on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "snow",
      caption: `The outskirts of ${c.place.name} during a blackout on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of households left without power in ${c.place.name}. It was about ${num(c.n.a * 1000)}, not ${num((c.n.a + 50) * 1000)}.`,
    (c) =>
      `An earlier version of this article said the attack damaged facilities in ${num(c.n.d + 1)} oblasts. The grid operator reported damage in ${num(c.n.d)}.`,
  ],
};

export const HOME_FRONT_TEMPLATES: readonly Template[] = [evacuation, energyStrike];
