import { aOrAn, fig, num } from "./doc.ts";
import { OCCUPIED_PLACES, STRIKE_CITIES } from "./places.ts";
import { ageBetween } from "./people.ts";
import { nums, type Template } from "./template.ts";

/** Prisoners of war, deported children and Russia's war economy. */

const powExchange: Template = {
  id: "pow-exchange",
  type: "NEWS",
  section: "war",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(40, 320), r.int(2, 14), r.int(1, 3), r.int(2, 30), r.int(0, 14)),
  tags: () => ["prisoners-of-war", "ukraine", "russia", "human-rights"],
  authors: "war",
  coAuthors: "national",
  titles: [
    (c) => `${fig(c.n.a)} Ukrainian prisoners of war return home in latest exchange with Russia`,
    (c) => `Prisoner swap brings home ${fig(c.n.a)} Ukrainians, including ${fig(c.n.b)} civilians`,
    (c) => `Families wait at the border as ${fig(c.n.a)} freed Ukrainian soldiers come home`,
  ],
  standfirsts: [
    (c) =>
      `Some of those released had been held in Russian captivity since 2022. They include ${num(c.n.b)} civilians and several defenders who need urgent medical treatment, officials said.`,
    () =>
      `The exchange was mediated by a third country, officials said. Released prisoners described hunger and beatings, and relatives of those still held pleaded for the next swap.`,
  ],
  leads: [
    (c) =>
      `Ukraine brought home ${num(c.n.a)} prisoners of war and ${num(c.n.b)} civilians on ${c.date.weekday} in an exchange with Russia, the coordination headquarters for prisoners of war said, the latest in a series of swaps mediated by third countries. In return, Ukraine handed over the same number of Russian prisoners.`,
    (c) =>
      `Buses carrying ${num(c.n.a)} freed Ukrainian soldiers crossed into Ukraine on ${c.date.weekday}, ending months and in some cases years of Russian captivity, officials said. Many of the men and women, some visibly thin, wrapped themselves in Ukrainian flags as they stepped off the buses to applause.`,
  ],
  paragraphs: [
    () =>
      `Those released include soldiers of the army, the National Guard and the border service, as well as defenders who were captured during some of the war's longest battles. The coordination headquarters said several of them needed urgent treatment for untreated wounds and chronic illnesses.`,
    (c) =>
      `Officials said ${num(c.n.d)} of those freed had been listed as missing, and their families had learned they were alive only when they saw them on the lists. Relatives gathered at a hospital in northern Ukraine, holding photographs and handwritten signs with the names of those still held.`,
    () =>
      `Released prisoners have consistently described systematic abuse in Russian detention centers, including beatings, electric shocks and severe food shortages. Ukrainian prosecutors have opened criminal cases based on their testimony. Russia denies mistreating prisoners and has not allowed independent monitors into most of the places where Ukrainians are held.`,
    (c) =>
      `Ukraine's human rights ombudsman's office said it would continue pressing for access to all prisoners by international monitors. It said it had documented at least ${num(c.n.c)} cases in recent months in which Ukrainian soldiers were killed after surrendering. Russia denies the allegations.`,
  ],
  quotes: [
    (c) => ({
      text: "We counted the days by the bread. When I saw the border sign, I could not say anything at all",
      name: c.p1.name,
      role: `a ${ageBetween(c.p1, 22, 51)}-year-old soldier released in the exchange`,
    }),
    (c) => ({
      text: "My son is still there. I come to every exchange, because one day his name will be on the list",
      name: c.p2.name,
      role: "whose son has been in captivity since 2022",
    }),
  ],
  headings: ["Who came home", "Testimony of abuse", "Those still waiting"],
  context: ["prisoners"],
  photos: [
    (c) => ({
      motif: "portrait",
      caption: `The mother of a prisoner of war waits at home for news on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "field",
      caption: `The road in northern Ukraine along which freed prisoners arrived on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of civilians released in the exchange. It was ${num(c.n.b)}, not ${num(c.n.b + 4)}.`,
    (c) =>
      `An earlier version of this article misstated the number of prisoners of war released. It was ${num(c.n.a)}, not ${num(c.n.a - 10)}.`,
  ],
};

const childrenReturned: Template = {
  id: "children-returned",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: OCCUPIED_PLACES,
  numbers: (r) => nums(r.int(3, 24), r.int(13, 17), r.int(2, 4)),
  tags: (c) => [
    "children",
    "occupied-territories",
    "human-rights",
    ...(c.place.tag ? [c.place.tag] : []),
  ],
  authors: "national",
  leadFor: [0, 0, 1],
  titles: [
    (c) =>
      `${fig(c.n.a)} children taken from occupied ${c.place.name} return to Ukrainian-controlled territory`,
    (c) =>
      `Ukraine brings back ${fig(c.n.a)} children from Russia and occupied areas, officials say`,
    (c) => `Teenager from occupied ${c.place.name} among children returned to Ukraine this week`,
  ],
  standfirsts: [
    () =>
      `The children were returned through a mediated program that works case by case. Officials say thousands of Ukrainian children remain in Russia or in occupied territories.`,
    (c) =>
      `The youngest is ${num(c.n.b - 4)} years old. Several had been placed in Russian camps or foster families, and some had been told their parents no longer wanted them, officials said.`,
  ],
  leads: [
    (c) =>
      `Ukraine has brought back ${num(c.n.a)} children from Russia and the occupied territories, including several from ${c.place.name}, officials said on ${c.date.weekday}. The children, aged ${num(c.n.b - 4)} to 17, were reunited with parents or relatives after a journey that took some of them more than a week.`,
    (c) =>
      `${aOrAn(c.n.b, true)} ${c.n.b}-year-old from occupied ${c.place.name} was among ${num(c.n.a)} children returned to Ukrainian-controlled territory this week, officials said on ${c.date.weekday}. The return was organized with the help of mediators and volunteers who accompanied the children through several countries. Relatives met the children at the border.`,
  ],
  paragraphs: [
    () =>
      `Ukrainian officials say Russia has deported or forcibly transferred tens of thousands of Ukrainian children since 2014, and that only a small share have been returned. The forcible transfer of children is a war crime under international law. Russia says it evacuated the children for their safety.`,
    (c) =>
      `Officials said some of the children had been taken to Russian "re-education" camps and others had been placed with families in Russia. At least ${num(c.n.c)} had been given Russian documents with changed personal details, which makes finding them much harder.`,
    () =>
      `Every return is negotiated individually and depends on relatives being able to prove their identity and travel to collect the child, often through third countries. Volunteers who help with the process ask that details of their routes not be published.`,
    () =>
      `After their return, the children receive medical checks and psychological support, and many spend the first weeks in rehabilitation centers with their families. Teachers help those who studied under a Russian curriculum to catch up with the Ukrainian one. The process can take months.`,
  ],
  quotes: [
    (c) => ({
      text: "They told him that Ukraine had forgotten him. The first thing he asked me was whether that was true",
      name: c.p1.name,
      role: `the ${c.p1.he === "he" ? "grandfather" : "grandmother"} of a boy returned from ${c.place.name}`,
    }),
    (c) => ({
      text: "Each case takes months of paperwork and patience. We cannot talk about most of what we do",
      name: c.p2.name,
      role: "a volunteer who helps families bring children back",
    }),
  ],
  headings: ["A slow process", "Life after return"],
  context: ["occupation"],
  photos: [
    (c) => ({
      motif: "portrait",
      caption: `A grandmother who waited months for her grandson's return, at home in Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "train",
      caption: `The railway line to Kyiv, on which families returned with their children, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of children returned. It was ${num(c.n.a)}, not ${num(c.n.a + 3)}.`,
    () =>
      "An earlier version of this article described all of the returned children as orphans. Most were returned to their parents.",
  ],
};

const russiaEconomy: Template = {
  id: "russia-economy",
  type: "NEWS",
  section: "russias-war",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(8, 35), r.int(13, 21), r.int(6, 11), r.int(2, 6)),
  tags: () => ["russia", "economy", "sanctions"],
  authors: "russia",
  leadFor: [0, 1, 2],
  titles: [
    (c) => `Russia's oil and gas revenue falls ${c.n.a}% as discounts widen and sanctions bite`,
    (c) => `Russia's central bank holds key rate at ${c.n.b}% as wartime economy slows`,
    (c) => `Russia's budget deficit widens to ${c.n.d} trillion rubles as military spending climbs`,
  ],
  standfirsts: [
    () =>
      `Economists say Russia's war economy is running into limits: high interest rates, a shortage of workers and falling revenue from energy exports.`,
    () =>
      `Official data released this week showed heavy spending on the army while civilian sectors stagnate, analysts said.`,
  ],
  leads: [
    (c) =>
      `Russia's revenue from oil and gas fell by ${c.n.a} percent compared with the same period last year, according to official data published on ${c.date.weekday}, as buyers demanded bigger discounts on Russian crude and Western sanctions on tankers and traders took effect.`,
    (c) =>
      `Russia's central bank kept its key interest rate at ${c.n.b} percent on ${c.date.weekday}, saying inflation of about ${c.n.c} percent remained too high, as the wartime economy shows growing strain from labor shortages and heavy military spending. Analysts had expected the decision.`,
    (c) =>
      `Russia's federal budget deficit widened to about ${c.n.d} trillion rubles, finance ministry data showed on ${c.date.weekday}, as spending on the army and the defense industry kept rising while energy revenue fell. The ministry said the gap would be covered by borrowing and by the country's reserve fund, and insisted that the budget remained under control.`,
  ],
  paragraphs: [
    () =>
      `Military and security spending now accounts for around a third of Russia's federal budget, according to estimates by independent economists. Factories producing shells, drones and armored vehicles run several shifts, while many civilian industries report falling orders. Spending on health and education has been squeezed.`,
    () =>
      `Companies across Russia complain of a shortage of workers, driven by recruitment into the army with large signing bonuses and by emigration since 2022. Wages have risen quickly in some sectors, adding to inflation. Some factories have recruited workers from Central Asia and North Korea to fill the gaps, according to independent Russian media.`,
    () =>
      `To cover the deficit, the government has raised taxes on companies and high earners and drawn on its sovereign wealth fund, whose liquid assets have shrunk significantly since the start of the full-scale war, according to official figures. Further increases are expected.`,
    () =>
      `The Kremlin says the economy has adapted to sanctions, pointing to low unemployment and growth in industrial production. Independent economists, many of whom now work outside Russia, say those figures mask stagnation outside the defense sector. Official statistics have become less detailed since 2022.`,
  ],
  quotes: [
    (c) => ({
      text: "Russia can keep financing the war for some time, but every year it costs more and the trade-offs become harder to hide",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["A war economy", "Where the money comes from", "The limits"],
  context: ["sanctions"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Printed exchange-rate tables at a bank in Moscow on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "harbor",
      caption: `Tankers at an oil terminal on Russia's Black Sea coast on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the fall in Russia's oil and gas revenue. It was ${c.n.a} percent, not ${c.n.a + 5} percent.`,
    (c) =>
      `An earlier version of this article misstated Russia's key interest rate. It is ${c.n.b} percent, not ${c.n.b + 1} percent.`,
  ],
};

export const PEOPLE_TEMPLATES: readonly Template[] = [powExchange, childrenReturned, russiaEconomy];
