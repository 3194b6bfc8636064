import { fig, num, Num } from "./doc.ts";
import { REAR_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Core, type Template } from "./template.ts";

/** The economy, the ports, culture and displaced people. */

const economyNational: Template = {
  id: "economy-national",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(13, 17), r.int(7, 14), r.int(10, 45), r.int(3, 7)),
  tags: () => ["economy", "ukraine", "energy"],
  authors: "economy",
  leadFor: [0, 1, 1],
  standfirstFor: [1, 0, 0],
  titles: [
    (c) => `National Bank keeps key rate at ${c.n.a}% as inflation eases to ${c.n.b}%`,
    (c) =>
      `Ukraine's economy to grow ${(c.n.c / 10).toFixed(1)}% this year despite energy strikes, ministry says`,
    (c) =>
      `Labor shortage tops business worries as Ukraine's economy grows ${(c.n.c / 10).toFixed(1)}%`,
  ],
  standfirsts: [
    () =>
      `Officials said the economy was holding up better than feared, but warned that attacks on the power grid and a shortage of workers would weigh on growth next year.`,
    (c) =>
      `Inflation slowed to ${num(c.n.b)} percent, the central bank said, helped by a good harvest and a stable hryvnia, though rising electricity prices remain a risk.`,
  ],
  leads: [
    (c) =>
      `Ukraine's central bank kept its key interest rate at ${c.n.a} percent on ${c.date.weekday}, saying inflation had slowed to ${c.n.b} percent but that risks from the war, energy shortages and labor costs remained high. The bank said it expected to keep rates unchanged for several months.`,
    (c) =>
      `Ukraine's economy is expected to grow by about ${(c.n.c / 10).toFixed(1)} percent this year, the economy ministry said on ${c.date.weekday}, as businesses adapt to power outages and exports through the Black Sea continue. The estimate is lower than the one the ministry published in spring.`,
  ],
  paragraphs: [
    () =>
      `Businesses surveyed by the central bank named the shortage of workers as their main problem, ahead of power outages and security. Employers in construction, manufacturing and transport report that they struggle to fill vacancies even after raising wages sharply. Some are hiring more women and veterans.`,
    (c) =>
      `Exports through the seaports of Odesa Oblast reached about ${num(c.n.d)} million tons of cargo last month, most of it grain and oilseeds, according to port authorities. Metals and iron ore exports remain below prewar levels because several steel plants were destroyed or occupied.`,
    () =>
      `Electricity prices for households were raised earlier this year, and the government has said further increases will depend on how the energy system comes through the winter. Economists say the higher prices have added to inflation but were necessary to pay for repairs.`,
    () =>
      `The hryvnia has been broadly stable against the euro and the dollar, supported by foreign aid and the central bank's reserves, which remain near record highs. Analysts expect the central bank to allow somewhat more flexibility in the exchange rate over the coming months, as long as aid keeps arriving on schedule.`,
  ],
  quotes: [
    (c) => ({
      text: "We lost a third of our workers to the army or abroad. The orders are there, the people are not",
      name: c.p1.name,
      role: `the owner of a furniture factory in ${c.place.name}`,
    }),
  ],
  headings: ["What the numbers show", "Businesses under pressure"],
  context: ["economy"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `The industrial district of ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "sunflower",
      caption: `A farmer harvests sunflowers in central Ukraine on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the central bank's key rate. It is ${c.n.a} percent, not ${c.n.a + 1} percent.`,
    (c) =>
      `An earlier version of this article misstated the inflation rate. It was ${c.n.b} percent.`,
  ],
};

const SHIP_CARGO = ["corn", "wheat", "sunflower oil", "iron ore", "soybeans"] as const;

const blackSeaShipping: Template = {
  id: "black-sea-shipping",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(3, 8), r.int(120, 420), r.int(2, 9), r.int(20, 70)),
  tags: () => ["black-sea", "odesa", "economy"],
  authors: "economy",
  titles: [
    (c) => `Ukraine's Black Sea ports ship ${fig(c.n.a)} million tons in a month despite attacks`,
    (c) => `Russian drones hit grain terminal in Odesa Oblast as ${fig(c.n.b)} ships use corridor`,
    (c) => `Ship carrying ${at(SHIP_CARGO, c.k1)} damaged in Russian strike on Odesa port`,
  ],
  standfirsts: [
    () =>
      `Port officials said the corridor along the Ukrainian coast keeps working, but that repeated attacks on terminals and ships are raising costs for exporters and insurers.`,
    (c) =>
      `Ships carrying grain and ${at(SHIP_CARGO, c.k1)} continue to sail from Odesa, Chornomorsk and Pivdennyi, ports that handle most of Ukraine's seaborne exports.`,
  ],
  leads: [
    (c) =>
      `A Russian drone attack damaged a grain terminal and a cargo ship loaded with ${at(SHIP_CARGO, c.k1)} in Odesa Oblast overnight, the regional military administration said on ${c.date.weekday}. ${Num(c.n.c)} port workers were injured, and a fire at the terminal was put out by morning. The ports handled about ${num(c.n.a)} million tons of cargo last month, officials said, despite regular attacks.`,
  ],
  paragraphs: [
    (c) =>
      `The ship, sailing under a foreign flag, was moored at a berth when it was hit, according to port officials. Its crew was not harmed, and the vessel was expected to leave the port after an inspection. About ${num(c.n.d * 1000)} tons of cargo were on board.`,
    () =>
      `Port officials said the corridor had carried tens of millions of tons of cargo since Ukraine opened it, allowing exporters to return to sea routes after Russia withdrew from an earlier grain deal. Insurance costs for ships calling at Ukrainian ports have fallen but remain higher than elsewhere in the region.`,
    () =>
      `Farmers say exports through the ports are essential for keeping their businesses afloat. Before the corridor opened, they had to send grain by rail and truck to ports in neighboring countries, at much higher cost. Rail and river routes remain as backups, in case the sea corridor is closed again.`,
    () =>
      `Ukraine's navy says it monitors the shipping lane constantly and that naval drones and coastal missiles keep Russian warships away. Mines drifting from earlier in the war remain a danger, and several ships have been damaged by them. Minesweeping continues.`,
  ],
  quotes: [
    (c) => ({
      text: "We work through the alerts now, unless the drones are directly overhead. The ships cannot wait",
      name: c.p1.name,
      role: `a crane operator at a port in Odesa Oblast`,
    }),
  ],
  headings: ["The corridor", "Attacks on the ports"],
  context: ["blackSea", "economy"],
  photos: [
    (c) => ({
      motif: "harbor",
      caption: `Cargo ships are loaded at a port in Odesa Oblast on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "sunflower",
      caption: `Sunflowers ready for harvest in Odesa Oblast on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the volume of cargo handled by the ports last month. It was about ${num(c.n.a)} million tons.`,
    (c) =>
      `An earlier version of this article misstated the cargo on the damaged ship. It was carrying ${at(SHIP_CARGO, c.k1)}.`,
  ],
};

const EVENTS = [
  {
    what: "theater",
    headlines: [
      (city: string) =>
        `${city} theater opens its season on an underground stage built as a shelter`,
      (city: string) => `Plays go on through air raid alerts as ${city} theater moves underground`,
    ],
    detail:
      "performances on a stage built in a former basement storage room, which also serves as a shelter",
  },
  {
    what: "book festival",
    headlines: [
      (city: string) => `${city} book festival draws record crowds despite nightly air raid alerts`,
      (city: string) => `Readers fill courtyards and libraries as ${city} book festival opens`,
    ],
    detail: "readings, debates and a children's program spread across libraries and courtyards",
  },
  {
    what: "museum",
    headlines: [
      (city: string) => `${city} museum puts collection back on display after years in evacuation`,
      (city: string) =>
        `Paintings return to the walls of ${city} museum, with shelters close at hand`,
    ],
    detail: "paintings and archaeological finds that spent years in storage far from the front",
  },
  {
    what: "chamber orchestra",
    headlines: [
      (city: string) => `${city} chamber orchestra raises money for the army on tour abroad`,
      (city: string) =>
        `${city} chamber orchestra revives forgotten Ukrainian composers at home concert`,
    ],
    detail: "a program of Ukrainian composers, some rarely performed since the Soviet era",
  },
  {
    what: "film festival",
    headlines: [
      (city: string) => `${city} film festival opens with documentaries shot on the front line`,
      (city: string) => `New war documentaries draw full halls at ${city} film festival`,
    ],
    detail: "documentaries made by Ukrainian crews on the front line and in liberated towns",
  },
] as const;

function event(c: Core) {
  return at(EVENTS, c.k1);
}

const culture: Template = {
  id: "culture",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(2, 40) * 100, r.int(3, 30), r.int(2, 9)),
  tags: (c) => ["culture", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  titles: [(c) => event(c).headlines[0](c.place.name), (c) => event(c).headlines[1](c.place.name)],
  standfirsts: [
    (c) =>
      `Organizers in ${c.place.name} said about ${num(c.n.a)} people attended in the first days. Performances stop during alerts and resume when they end.`,
    (c) =>
      `The program includes ${event(c).detail}. Organizers said culture was a way for the city to stay itself.`,
  ],
  leads: [
    (c) =>
      `A ${event(c).what} in ${c.place.name} opened its new program this week, with ${event(c).detail}, organizers said on ${c.date.weekday}. About ${num(c.n.a)} people attended in the first days, and part of the proceeds will go to a fund that buys equipment for soldiers.`,
    (c) =>
      `The ${event(c).what} in ${c.place.name} has opened its new program, offering ${event(c).detail}. Organizers said on ${c.date.weekday} that twice during the opening weekend the audience moved to a shelter during air raid alerts and came back when they ended.`,
  ],
  paragraphs: [
    (c) =>
      `The organizers said they had prepared the program in ${num(c.n.b)} weeks, working with performers and authors who had been displaced from Kharkiv, Kherson and Donetsk oblasts. Several of them now live in ${c.place.name} and teach at local schools. Rehearsals often ran late.`,
    () =>
      `Audience numbers have grown since the first year of the full-scale invasion, when many cultural institutions closed or moved their collections to safety. Cultural managers say interest in Ukrainian history, literature and music has risen sharply. Tickets for popular events sell out within hours.`,
    () =>
      `Ticket prices were kept low, and places were reserved free of charge for veterans, displaced people and families of soldiers. Volunteers at the entrance explained the route to the nearest shelter to every visitor. The nearest shelter is a two-minute walk away, and staff have run drills with the audience during previous events.`,
    () =>
      `Cultural institutions have also become targets. Ukrainian officials say Russian attacks have damaged or destroyed hundreds of museums, libraries, churches and theaters since 2022, and that museum collections in the occupied territories have been looted. Restorers are working to save what they can.`,
  ],
  quotes: [
    (c) => ({
      text: "People come because they want an evening that is about something other than the war, and then they realize it is still about the war",
      name: c.p1.name,
      role: `the director of the ${event(c).what}`,
    }),
    (c) => ({
      text: "I moved here from Kharkiv with two suitcases. Being on a stage again is the first time I have felt at home",
      name: c.p2.name,
      role: "an actor displaced from Kharkiv",
    }),
  ],
  headings: ["Culture under alert", "A growing audience"],
  context: [],
  photos: [
    (c) => ({
      motif: "rain",
      caption: `An evening in ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A performer waits backstage before a concert in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated attendance on the opening days. Organizers said about ${num(c.n.a)} people attended.`,
    (c) =>
      `An earlier version of this article misstated how long the program took to prepare. It took ${num(c.n.b)} weeks.`,
  ],
};

export const SOCIETY_TEMPLATES: readonly Template[] = [economyNational, blackSeaShipping, culture];
