import { num } from "./doc.ts";
import { STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Analysis of the energy war, Russia's oil trade and security guarantees. */

const energyWinter: Template = {
  id: "energy-winter",
  type: "ANALYSIS",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(4, 9), r.int(30, 60)),
  tags: (c) => ["energy", "ukraine", "air-defense", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "economy",
  coAuthors: "analysis",
  titles: [
    () => `Can Ukraine's power grid survive another winter of Russian attacks?`,
    (c) => `Blackouts, batteries and backup boilers: how ${c.place.name} is preparing for winter`,
    () => `Why Russia keeps striking Ukraine's power plants, and what protects them`,
    (c) => `Can ${c.place.name}'s power supply survive another winter of Russian attacks?`,
    (c) => `Why Russia keeps striking the power plants that keep ${c.place.name} warm`,
  ],
  standfirsts: [
    () =>
      `Engineers have rebuilt the grid again and again, but this year the attacks are more precise and the spare parts scarcer. Here is what decides whether the lights stay on.`,
    (c) =>
      `Cities such as ${c.place.name} have spent the year building small power plants and shelters for substations. Officials say it will help, but not enough if attacks intensify.`,
  ],
  leads: [
    () =>
      `Every autumn since 2022, Ukraine has asked itself the same question: will the power grid make it through the winter? Every winter it has, barely, thanks to engineers who repair substations within hours, imports from European neighbors and households that learned to live with schedules of outages. This year the margin looks thinner.`,
    (c) =>
      `In a courtyard in ${c.place.name}, a gas-fired generator the size of a shipping container hums behind a concrete wall. It can keep heating and water running for several thousand apartments if the grid goes down. Hundreds of such units have been installed across Ukraine this year, part of a strategy that officials call decentralization and engineers call survival.`,
  ],
  paragraphs: [
    () =>
      `Russia's strikes have shifted from large thermal power plants, many of which are already destroyed, to substations, gas production and the transmission lines that connect regions. Each attack is designed to split the grid into islands that cannot support one another when demand peaks.`,
    (c) =>
      `Ukraine has lost a large share of its generating capacity since 2022. To close the gap, the government is betting on hundreds of small gas turbines and engines, solar panels with batteries at hospitals and schools, and imports from the European Union, which currently can cover up to about ${num(c.n.a)} percent of peak demand.`,
    () =>
      `Physical protection has improved. Concrete and earth shelters now surround many key transformers, and officials say they stop most drone debris. They do not stop a direct hit by a ballistic missile, which is why air defense around energy sites remains the single most important factor.`,
    () =>
      `Spare parts are the hidden constraint. High-voltage transformers take many months to build, and Ukraine has already used much of the equipment that partners donated from decommissioned plants. Engineers say they repair what they can and improvise with what is left.`,
    (c) =>
      `For households, the likely scenario is not total darkness but scheduled outages of several hours a day in the coldest weeks, longer after major attacks. Surveys suggest about ${num(c.n.b)} percent of families now have some backup power, from power banks to generators.`,
    () =>
      `Officials and engineers agree that the outcome depends less on the grid itself than on the sky above it: how many missiles Russia fires, and how many Ukraine can intercept. The rest, as one engineer put it, is improvisation, spare parts and the patience of millions of households that have learned to plan their days around outages.`,
  ],
  quotes: [
    (c) => ({
      text: "We can rebuild almost anything, given time. Winter is the one thing that does not give us time",
      name: c.p1.name,
      role: "a senior engineer at a regional power distribution company",
    }),
    (c) => ({
      text: "Small, scattered generation is much harder to knock out than one big plant. That is the whole logic",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: [
    "A different kind of attack",
    "Small plants, big bet",
    "Concrete and earth",
    "The spare parts problem",
    "What winter may look like",
    "It comes down to air defense",
  ],
  list: () => ({
    heading: "What keeps the lights on",
    items: [
      "Air defense around power plants and substations",
      "Imports of electricity from European neighbors",
      "Hundreds of small gas-fired units and batteries",
      "Repair crews and a dwindling stock of spare equipment",
    ],
  }),
  context: ["energy"],
  photos: [
    (c) => ({
      motif: "snow",
      caption: `The countryside near ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "rain",
      caption: `A street in ${c.place.name} during a scheduled power outage on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the share of peak demand that imports from the EU can cover. It is up to about ${num(c.n.a)} percent.`,
  ],
};

const shadowFleet: Template = {
  id: "shadow-fleet",
  type: "ANALYSIS",
  section: "russias-war",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(500, 1000), r.int(15, 25), r.int(10, 30)),
  tags: () => ["sanctions", "russia", "black-sea", "european-union"],
  authors: "russia",
  titles: [
    () => `Why Russia's oil keeps flowing despite the sanctions, and what could stop it`,
    (c) => `The shadow fleet: ${num(c.n.a)} aging tankers that keep Russia's war budget afloat`,
    () => `Sanctions on Russian oil are working, slowly. Enforcement is the weak link`,
    (c) => `Russia's oil and gas revenue is down ${c.n.c}%. Why are sanctions not doing more?`,
    (c) => `How ${c.n.a} shadow tankers keep Russia's oil flowing, and what could stop them`,
  ],
  standfirsts: [
    () =>
      `Western sanctions have cut Russia's oil income but not its exports. A fleet of old tankers with unclear owners carries much of the trade, and few governments want to stop them at sea.`,
    () =>
      `Our economy reporter explains how the shadow fleet works, why it is hard to police and which measures analysts say would actually reduce Moscow's revenue.`,
  ],
  leads: [
    (c) =>
      `Somewhere in the Baltic Sea right now, an oil tanker more than ${num(c.n.b)} years old is sailing west with its transponder switched off and insurance papers that nobody can verify. It is one of an estimated ${num(c.n.a)} vessels in what has become known as Russia's shadow fleet, and it is the main reason Russian oil still reaches world markets.`,
    () =>
      `When Western countries imposed a price cap on Russian oil, the idea was elegant: let the oil flow, so global prices stay stable, but cap the money Moscow earns. Years later, the oil still flows. Whether the money has been capped depends on whom you ask and on how much of the trade has moved beyond Western reach.`,
  ],
  paragraphs: [
    () =>
      `The fleet grew quickly after 2022 as Russian-linked companies bought old tankers that Western owners were ready to scrap. Registered in small jurisdictions and insured by little-known firms, these ships carry crude to buyers in Asia without using Western services that would bring them under the price cap.`,
    (c) =>
      `Sanctions have had an effect. Russia sells its crude at a discount that widens with each new round of listings, and its oil and gas revenue has fallen by around ${num(c.n.c)} percent from its peak, according to official Russian data. But volumes have held up better than many expected.`,
    () =>
      `The fleet also poses environmental risks. Many of the ships are poorly maintained, and coastal states worry about a major spill in the Baltic or the Black Sea, where some vessels sail close to busy shipping lanes and sensitive coastlines.`,
    () =>
      `Analysts name several measures that could tighten the squeeze: requiring proof of insurance for ships passing through straits, sanctioning more of the traders and ports that handle the oil, and pressing flag states to deregister vessels. Each carries legal and diplomatic costs.`,
    () =>
      `For Ukraine, the argument is simple: oil revenue pays for the missiles that hit its cities. Kyiv has also struck Russian export terminals and refineries with drones, an approach that achieves what sanctions alone have not, at least temporarily. Ukraine says it will continue.`,
  ],
  quotes: [
    (c) => ({
      text: "Every listing raises costs for Moscow. But the fleet adapts faster than governments agree on new rules",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: [
    "How the fleet works",
    "Is it working?",
    "The risk at sea",
    "What would make a difference",
    "Ukraine's view",
  ],
  context: ["sanctions", "blackSea"],
  photos: [
    (c) => ({
      motif: "harbor",
      caption: `A port where tankers load oil, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "harbor",
      caption: `Cargo cranes at a port on the route to the Bosporus on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the estimated size of the shadow fleet. Estimates put it at about ${num(c.n.a)} vessels.`,
  ],
};

const guarantees: Template = {
  id: "security-guarantees",
  type: "ANALYSIS",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(20, 40), r.int(2, 5)),
  tags: () => ["diplomacy", "nato", "european-union", "ukraine"],
  authors: "analysis",
  titles: [
    () => `What Europe's security guarantees for Ukraine would actually mean in practice`,
    () => `Ceasefire talk and the front line: why both sides are in no hurry to stop`,
    () => `A reassurance force for Ukraine: who would send troops, and what they would do`,
    (c) => `What security guarantees would mean for a city like ${c.place.name}`,
    (c) => `Why people in ${c.place.name} doubt that a ceasefire without guarantees would last`,
  ],
  standfirsts: [
    () =>
      `Allies promise that any ceasefire will be backed by guarantees. The details, from air policing to troops on the ground, remain vague and contested.`,
    () =>
      `Diplomats talk about a settlement; commanders prepare for another year of war. Our analysis of what the two tracks mean for Ukraine and its partners.`,
  ],
  leads: [
    () =>
      `Every statement from Ukraine's allies now includes a version of the same phrase: any ceasefire must come with "robust security guarantees." Ask diplomats what that means, and the answers vary from a European air mission to a promise of weapons deliveries. The difference matters, because Ukraine has been given guarantees before.`,
    () =>
      `There is more talk of a ceasefire than at any time since 2022, and less sign of one on the ground. Russia continues to attack along the front and to strike Ukrainian cities, while its officials repeat demands that Kyiv has called unacceptable. Ukraine, for its part, insists it will not sign a deal that invites the next invasion.`,
  ],
  paragraphs: [
    () =>
      `Ukraine's starting point is the memory of 1994, when it gave up the nuclear weapons left on its territory in exchange for assurances of its security that proved worthless. Officials in Kyiv say they will not accept paper promises again, and want commitments backed by forces, money and automatic triggers.`,
    (c) =>
      `European governments have discussed a coalition of around ${num(c.n.a)} countries that could contribute to a mission after a ceasefire, from air policing and naval patrols to training troops inside Ukraine. Only a handful have indicated they might send personnel, and most say they would need backing from the United States.`,
    () =>
      `The most concrete guarantee, many analysts argue, is Ukraine's own army. Long-term funding for weapons, joint production with Ukrainian companies and a well-equipped force of its own would deter Russia more reliably than foreign troops in small numbers. It is also the most expensive.`,
    () =>
      `Moscow has said it would reject any deployment of Western troops in Ukraine and has demanded limits on the size of Ukraine's armed forces. Those positions, diplomats say, leave little common ground for now. Western officials say Russia cannot have a veto over how Ukraine's partners help it defend itself.`,
    () =>
      `For Ukrainians, the debate is anything but abstract. Surveys show that most people would accept a ceasefire along the current line only if it came with firm guarantees, and that few trust a deal that depends on Russia's word. Many fear a pause would only help Russia rearm.`,
  ],
  quotes: [
    (c) => ({
      text: "A guarantee is only as strong as the willingness to act on it. Ukraine has learned that the hard way",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: [
    "A question of trust",
    "Who would send troops",
    "The army as a guarantee",
    "Moscow's red lines",
    "What Ukrainians think",
  ],
  list: () => ({
    heading: "Options under discussion",
    items: [
      "Air policing over western and central Ukraine",
      "Naval mine-clearing and patrols in the Black Sea",
      "Training missions and military advisers",
      "Multi-year funding for Ukraine's own armed forces",
    ],
  }),
  context: ["diplomacy"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Briefing papers prepared for a meeting of Ukraine's partners on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "river",
      caption: `The Dnipro River in Kyiv at dusk on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this article misstated the year in which Ukraine agreed to give up the nuclear weapons on its territory. It was 1994.",
  ],
};

export const ANALYSIS_WORLD_TEMPLATES: readonly Template[] = [
  energyWinter,
  shadowFleet,
  guarantees,
];
