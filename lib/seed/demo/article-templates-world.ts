import { fig, num } from "./doc.ts";
import { STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Sanctions, frozen assets, military aid and Russia's war economy. */

const sanctionsPackage: Template = {
  id: "sanctions-package",
  type: "NEWS",
  section: "russias-war",
  weight: 3,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(40, 190), r.int(12, 60), r.int(8, 40), r.int(3, 9)),
  tags: () => ["sanctions", "european-union", "russia", "black-sea"],
  authors: "russia",
  titles: [
    (c) =>
      `EU adopts new sanctions package targeting ${fig(c.n.a)} tankers of Russia's shadow fleet`,
    (c) =>
      `New EU sanctions hit ${fig(c.n.b)} companies accused of supplying Russia's arms industry`,
    (c) =>
      `European Union blacklists ${fig(c.n.a)} more vessels in bid to curb Russian oil revenue`,
  ],
  standfirsts: [
    (c) =>
      `The package also targets companies in ${num(c.n.d)} countries outside the EU that Brussels says help Russia obtain components for drones and missiles.`,
    () =>
      `Ukrainian officials welcomed the measures but said enforcement, not new lists, would decide whether they reduce the money Russia spends on the war.`,
  ],
  leads: [
    (c) =>
      `European Union governments on ${c.date.weekday} adopted a new package of sanctions against Russia that adds ${num(c.n.a)} tankers to the list of vessels banned from EU ports and services, as the bloc tries to squeeze the oil revenue that funds Moscow's war. The package also includes restrictions on ${num(c.n.b)} companies and ${num(c.n.c)} individuals.`,
    (c) =>
      `The European Union has approved fresh sanctions on Russia aimed at the fleet of aging tankers that carries its oil around the world, adding ${num(c.n.a)} vessels to its blacklist, officials said on ${c.date.weekday}. The measures also target ${num(c.n.b)} companies, including firms in ${num(c.n.d)} non-EU countries accused of supplying Russia's defense industry.`,
  ],
  paragraphs: [
    () =>
      `Listed vessels cannot dock in EU ports or receive services from European companies, including insurance, repairs and ship-to-ship transfers in EU waters. Officials said the ships had been identified through tracking data showing that they switched off their transponders or moved cargo between vessels at sea.`,
    () =>
      `The package had been delayed for several weeks by disagreements among member states, which must approve sanctions unanimously. Diplomats said the final text was a compromise that dropped some proposed measures on banks and on imports of certain metals. One government held out until the last day.`,
    () =>
      `Among the companies listed are trading firms and electronics distributors that EU officials say re-exported Western components to Russia after 2022. Several of them had been registered shortly after earlier rounds of sanctions, according to corporate records reviewed by The Northern Dispatch.`,
    () =>
      `Russia's foreign ministry called the measures illegitimate and said they would harm European economies more than Russia's. Moscow has repeatedly said sanctions will not change its course. It promised an unspecified response, as it has after every previous round, and said Russian exporters would find other buyers.`,
    () =>
      `Ukraine's government has published its own list of [vessels and companies it wants sanctioned](https://example.com/sanctions/ukraine-list) and said it would keep sharing evidence with partners, including data on cargoes of Ukrainian grain stolen from the occupied territories. The list is updated monthly.`,
  ],
  quotes: [
    (c) => ({
      text: "Listing ships is the easy part. The question is whether coastal states and insurers will act when these tankers sail past",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["What the package does", "The shadow fleet", "Enforcement"],
  list: (c) => ({
    heading: "Main measures",
    items: [
      `**${num(c.n.a)}** tankers barred from EU ports and services`,
      `**${num(c.n.b)}** companies, including firms in ${num(c.n.d)} non-EU countries`,
      `**${num(c.n.c)}** individuals subject to asset freezes and travel bans`,
      "Tighter controls on exports of goods with military uses",
    ],
  }),
  context: ["sanctions", "blackSea"],
  photos: [
    (c) => ({
      motif: "harbor",
      caption: `A Black Sea port where tankers load, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "city",
      caption: `Office buildings in Brussels on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of tankers added to the EU's sanctions list. It was ${num(c.n.a)}, not ${num(c.n.a + 15)}.`,
    () =>
      "An earlier version of this article said EU sanctions can be approved by a qualified majority of member states. They require unanimity.",
  ],
};

const g7Assets: Template = {
  id: "g7-assets",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(3, 20), 0, r.int(3, 9)),
  tags: () => ["g7", "sanctions", "economy", "ukraine"],
  authors: "economy",
  titles: [
    (c) =>
      `G7 finance ministers agree to release $${c.n.a} billion backed by frozen Russian assets`,
    (c) => `Ukraine to receive $${c.n.a} billion loan tranche tied to immobilized Russian assets`,
    (c) => `G7 backs new $${c.n.a} billion package for Ukraine's budget as war costs mount`,
  ],
  standfirsts: [
    () =>
      `The money will be repaid from the income generated by Russian central bank assets frozen in Western jurisdictions, officials said, and will go mainly to Ukraine's budget.`,
    (c) =>
      `Ukraine's finance ministry said the funds would help cover pensions, public-sector salaries and other civilian spending over the next ${num(c.n.c)} months.`,
  ],
  leads: [
    (c) =>
      `Finance ministers of the Group of Seven agreed on ${c.date.weekday} to release a further $${c.n.a} billion to Ukraine under a loan scheme backed by the proceeds of frozen Russian assets, according to a statement issued after their meeting. The money is expected to arrive within weeks.`,
    (c) =>
      `Ukraine will receive a new $${c.n.a} billion tranche from its Western partners, funded by income from Russian state assets immobilized after the full-scale invasion, G7 finance ministers said on ${c.date.weekday}. Kyiv has warned that it faces a large budget gap next year.`,
  ],
  paragraphs: [
    () =>
      `Most of the assets belong to Russia's central bank and are held by a financial depository in Europe. Under the scheme, the assets themselves remain frozen, while the interest and other income they generate is used to repay the loans extended to Ukraine.`,
    () =>
      `Ukraine's finance ministry said the funds would cover part of the gap in next year's budget, which relies on foreign financing for almost all non-military spending. Defense spending is paid for largely from domestic taxes and borrowing. Officials did not say how large the gap is.`,
    () =>
      `Some G7 members have pushed to go further and confiscate the assets outright, arguing that Russia should pay for the damage it has caused. Others have warned of legal risks and possible consequences for the role of their currencies as reserves.`,
    () =>
      `The Kremlin has described the use of frozen assets as theft and has threatened to retaliate against Western companies and investors that still hold assets in Russia. Western officials say the scheme is lawful because the assets themselves are not being seized, and that Russia remains liable for the damage it has caused.`,
    () =>
      `International lenders say Ukraine's economy has proved more resilient than expected but that its financing needs will remain high for as long as the war continues, and that reconstruction will require far larger sums once the fighting stops. Estimates of that cost keep rising.`,
  ],
  quotes: [
    (c) => ({
      text: "The money is welcome, but what the budget needs most is predictability: knowing in spring what will arrive in autumn",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["How the scheme works", "The budget gap", "The debate over confiscation"],
  context: ["economy", "diplomacy"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Loan documents at a bank in Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "river",
      caption: `The Dnipro River and the government quarter in Kyiv on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the size of the tranche. It is $${c.n.a} billion, not $${c.n.a + 2} billion.`,
    () =>
      "An earlier version of this article said the frozen assets themselves would be transferred to Ukraine. Only the income they generate is used to repay the loans.",
  ],
};

const airDefenseAid: Template = {
  id: "air-defense-aid",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(2, 6), r.int(4, 14), r.int(1, 9)),
  tags: () => ["air-defense", "nato", "diplomacy", "ukraine"],
  authors: "analysis",
  titles: [
    (c) =>
      `Partners pledge ${fig(c.n.a)} more air defense systems to Ukraine at defense ministers' meeting`,
    (c) => `${fig(c.n.b)} countries promise Ukraine air defense funding worth €${c.n.c} billion`,
    (c) =>
      `Ukraine secures new air defense pledges as Russia intensifies attacks on ${c.place.name}`,
  ],
  standfirsts: [
    () =>
      `The pledges were made at a meeting of the coalition of countries that coordinates military aid to Ukraine. Officials in Kyiv said quick deliveries were what mattered most.`,
    (c) =>
      `Defense ministers from ${num(c.n.b)} countries agreed to fund interceptor missiles and to help Ukraine expand production of its own air defense drones.`,
  ],
  leads: [
    (c) =>
      `Ukraine's partners pledged ${num(c.n.a)} additional air defense systems and more interceptor missiles at a meeting of defense ministers on ${c.date.weekday}, officials said, as Russia continues large-scale missile and drone attacks on cities such as ${c.place.name}. In all, ${num(c.n.b)} countries contributed to the new commitments.`,
    (c) =>
      `Defense ministers from ${num(c.n.b)} countries promised Ukraine new air defense funding worth about €${c.n.c} billion on ${c.date.weekday}, including money for interceptor missiles and for Ukrainian-made interceptor drones, according to a statement released after the meeting. Officials in Kyiv said the money would be spent within months.`,
  ],
  paragraphs: [
    () =>
      `Ukraine's defense ministry said the systems would protect cities and energy facilities, without giving details. Officials have said the country needs dozens more batteries to cover its territory, and that the supply of interceptor missiles, not launchers, is often the main constraint.`,
    () =>
      `Several countries said they would finance purchases from Ukraine's own defense industry, which has expanded production of drones and interceptor drones but lacks the money to use its full capacity. Ukrainian manufacturers say they could produce considerably more if orders were guaranteed for several years.`,
    () =>
      `NATO members have also discussed strengthening air defenses on their own eastern flank after Russian drones repeatedly crossed into the airspace of neighboring countries. Some governments have been reluctant to part with systems they say they need at home. Debates over priorities continue.`,
    () =>
      `The ministers did not publish a timeline for deliveries. Earlier pledges have sometimes taken months to arrive, and Ukrainian officials have urged partners to send interceptors before the heating season, when energy facilities are most exposed. Officials said some equipment could arrive within weeks, but gave no details.`,
  ],
  quotes: [
    (c) => ({
      text: "Launchers make headlines, but interceptors decide whether a city is protected on a given night",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["What was pledged", "Producing in Ukraine", "The timeline problem"],
  list: (c) => ({
    heading: "Pledges at a glance",
    items: [
      `**${num(c.n.a)}** air defense systems`,
      `About **€${c.n.c} billion** for interceptor missiles and drones`,
      `Contributions from **${num(c.n.b)}** countries`,
      "Training for additional Ukrainian crews",
    ],
  }),
  context: ["airDefense", "diplomacy"],
  photos: [
    (c) => ({
      motif: "snow",
      caption: `An air defense unit on duty in central Ukraine on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "night",
      caption: `Air defense intercepts a Russian missile over ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of countries that made pledges. It was ${num(c.n.b)}, not ${num(c.n.b + 2)}.`,
    (c) =>
      `An earlier version of this article misstated the value of the air defense funding. It is about €${c.n.c} billion, not €${c.n.c + 1} billion.`,
  ],
};

export const WORLD_TEMPLATES: readonly Template[] = [sanctionsPackage, g7Assets, airDefenseAid];
