import { bulletList, heading, paragraph, pullQuote } from "../doc.ts";
import { figure, type Story } from "./story.ts";

/** Russia's War: a refinery on fire, a budget under strain, tankers and recruits. */

export const REFINERY_FIRE: Story = {
  slug: "fire-at-russian-refinery-burns-for-second-day-after-drone-strike",
  title: "Fire at Russian refinery burns for a second day after drone strike",
  standfirst:
    "Regional officials in Russia confirmed the fire but gave no details of the damage. Ukraine's military said the plant supplies fuel to units in the south.",
  type: "NEWS",
  section: "russias-war",
  tags: ["russia", "drones", "energy", "sanctions"],
  authors: ["andriy-levchenko"],
  hero: {
    picture: "smoke-2",
    caption: (d) =>
      `Smoke over an industrial district in southern Russia in an image shared by local residents on ${d.text}.`,
    credit: "(Handout/Meridian Pictures via Northwind Wire)",
  },
  body: (d) => [
    paragraph(
      `A fire at an oil refinery in southern Russia was still burning on ${d.weekday}, a day after Ukrainian long-range drones struck the plant, the governor of the Russian region said on his official channel. He said no one had been hurt and that the plant's work had not stopped, but gave no details of the damage.`,
    ),
    paragraph(
      "Ukraine's General Staff said the strike hit a primary distillation unit and storage tanks, and that the refinery produces diesel and jet fuel for Russian forces fighting in the south. The claim could not be independently verified. Satellite images taken on the morning after the strike showed a plume of smoke drifting more than 30 kilometers.",
    ),
    paragraph(
      "Ukraine has struck Russian refineries, oil depots and export terminals regularly for two years, using drones produced in its own factories. Ukrainian officials describe the campaign as a way to cut the fuel supply to the army and the oil revenue that pays for the war.",
    ),
    paragraph(
      "Energy analysts said repeated strikes had taken a measurable share of Russia's refining capacity offline at times, pushing up domestic fuel prices and forcing the government to restrict exports of gasoline. Most damaged units have been repaired within weeks.",
    ),
  ],
};

export const RUSSIA_BUDGET: Story = {
  slug: "why-russias-war-budget-is-borrowing-from-its-future",
  title: "Why Russia's war budget is quietly borrowing from its future",
  standfirst:
    "Military spending keeps growing while oil income shrinks. The gap is filled by taxes on business, the national wealth fund and banks told to lend. None of it is free.",
  type: "ANALYSIS",
  section: "russias-war",
  tags: ["russia", "economy", "sanctions"],
  authors: ["sofia-marchenko"],
  hero: {
    picture: "documents-3",
    caption: (d) =>
      `Printed budget tables prepared for a briefing, photographed in Kyiv on ${d.text}.`,
    credit: "(Iryna Palii/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      "On paper, Russia's war economy has held up better than many forecasts made in 2022. Unemployment is low, factories that make weapons run around the clock, and the budget deficit is officially modest. Look closer, and the picture is of a country paying for today's war with money it was saving for tomorrow.",
    ),
    heading("Where the money goes"),
    paragraph(
      "Defense and security now take roughly two-fifths of federal spending, according to the published budget and estimates by independent economists. Much of the rest is fixed: pensions, debt payments and transfers to the regions. What gets squeezed is the kind of spending that pays off slowly, such as roads, schools and health care.",
    ),
    heading("Where the money comes from"),
    bulletList([
      "**Oil and gas revenue** has fallen as sanctions widen the discount on Russian crude and as strikes on refineries and ports disrupt exports.",
      "**Taxes on business** have been raised, including profit tax, and large companies are asked for one-off payments.",
      "**The national wealth fund**, built up over years of high oil prices, has been drawn down to cover gaps.",
      "**State banks** are encouraged to lend to defense companies at rates the market would not offer.",
    ]),
    pullQuote(
      "The war is paid for with money that would otherwise have built the economy's future.",
      "An economist who studies Russia's public finances",
    ),
    paragraph(
      "Each of these sources has a limit. The wealth fund's liquid part is smaller than before the war. Higher taxes discourage investment outside the defense sector. And loans to weapons makers that may never be repaid sit on the balance sheets of banks the state will one day have to support.",
    ),
    heading("Why it matters for Ukraine"),
    paragraph(
      "None of this means Russia will run out of money soon. A large economy can fund a war for years by spending its savings and its future growth. But it does mean that sanctions enforcement, the price of oil and strikes on export infrastructure directly affect how long the current level of spending can last, and how much it costs ordinary Russians to sustain it.",
    ),
    figure(
      {
        picture: "harbor-2",
        caption: (d2) => `Cranes at an oil and cargo terminal on the Baltic coast on ${d2.text}.`,
        credit: "(Handout/Meridian Pictures via Northwind Wire)",
      },
      d,
    ),
    paragraph(
      "Economists we spoke to expect the government to keep defense spending high next year and to cover the gap with more borrowing and more taxes. The question is less whether Russia can pay for the war than what it gives up in order to do so.",
    ),
  ],
};

export const BALTIC_TANKERS: Story = {
  slug: "tankers-from-russias-shadow-fleet-seen-loitering-off-baltic-coast",
  title: "Tankers from Russia's shadow fleet seen loitering off the Baltic coast, monitors say",
  standfirst:
    "Ship-tracking analysts counted 11 aging tankers switching off their transponders near an undersea cable route this month.",
  type: "NEWS",
  section: "russias-war",
  tags: ["russia", "sanctions", "european-union"],
  authors: ["andriy-levchenko"],
  hero: {
    picture: "harbor-2",
    caption: (d) => `Cranes at a Baltic port on ${d.text}.`,
    credit: "(Dana Kozak/Borderline Images)",
  },
  body: () => [
    paragraph(
      "Eleven aging oil tankers linked to Russia's so-called shadow fleet switched off their transponders for hours at a time near an undersea cable route in the Baltic Sea this month, according to an independent group of ship-tracking analysts.",
    ),
    paragraph(
      "The shadow fleet is made up of old tankers with opaque ownership and often inadequate insurance, used to carry Russian oil outside the price cap set by Western countries. European navies have increased patrols after several incidents in which cables and pipelines were damaged by dragged anchors.",
    ),
  ],
};

export const RECRUITMENT_BONUSES: Story = {
  slug: "russian-regions-raise-sign-up-bonuses-again-as-recruitment-slows",
  title: "Russian regions raise sign-up bonuses again as recruitment slows",
  standfirst:
    "An analysis of regional decrees shows one-off payments for army contracts rose in 41 regions this year, in some cases to more than a year's average wage.",
  type: "NEWS",
  section: "russias-war",
  tags: ["russia", "mobilization", "economy"],
  authors: ["sofia-marchenko", "andriy-levchenko"],
  hero: {
    picture: "city-2",
    caption: (d) => `Apartment blocks in a Russian regional capital at dusk, on ${d.text}.`,
    credit: "(Handout/Meridian Pictures via Northwind Wire)",
  },
  body: () => [
    paragraph(
      "Regional governments across Russia have raised the one-off payments they offer men who sign contracts with the army, an analysis of published regional decrees by The Northern Dispatch shows. In 41 of the 83 regions we reviewed, the bonus rose at least once this year; in several, it now exceeds a year of the region's average wage.",
    ),
    paragraph(
      "The increases suggest that recruitment is becoming more expensive, economists said. Russia has relied on well-paid volunteers rather than a new wave of compulsory mobilization, which proved deeply unpopular in 2022.",
    ),
    paragraph(
      "Poorer regions offer some of the highest bonuses relative to local incomes, and the payments are a growing burden on regional budgets that are already stretched. Several regions have quietly cut spending on roads and housing programs, according to their own budget documents.",
    ),
    heading("How we did this analysis", 3),
    paragraph(
      "We collected the decrees setting sign-up payments that regional governments published on their official websites between January and last month, and compared each region's highest payment with its average monthly wage as reported by the Russian statistics service. Regions that did not publish a decree were left out.",
    ),
  ],
};
