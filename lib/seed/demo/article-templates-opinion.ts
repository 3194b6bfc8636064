import { STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Opinion pieces by our columnist and guest contributors. All text is original to the demo. */

const NO_NUMBERS = () => nums(0);

const airDefenseOpinion: Template = {
  id: "opinion-air-defense",
  type: "OPINION",
  section: "analysis",
  weight: 3,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: (c) => ["air-defense", "european-union", "nato", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "opinion",
  titles: [
    (c) => `Europe's air defense begins over ${c.place.name}. It is time to act like it`,
    (c) => `Every missile that reaches ${c.place.name} is a failure of Western nerve`,
    () => `Interceptors cost less than reconstruction. Europe should do the math`,
    (c) => `The nights in ${c.place.name} show what Europe's hesitation on air defense costs`,
  ],
  standfirsts: [
    () =>
      `The cost of protecting Ukrainian cities is a fraction of the cost of rebuilding them. Yet deliveries still arrive late and in small numbers.`,
    () =>
      `Partners have the systems, the money and the factories. What is missing is the decision to treat Ukraine's skies as part of Europe's own defense.`,
  ],
  leads: [
    (c) =>
      `On the night of the latest attack on ${c.place.name}, I spoke to a friend who lives on the ninth floor of a building near the center. She described the drones as "a moped that never arrives." Then one did. Her windows are now plywood, and she considers herself lucky. The family two floors below is in the hospital.`,
    () =>
      `There is a number that should be printed on the desk of every European defense minister: the cost of an interceptor compared with the cost of rebuilding the apartment block it would have saved. The first is measured in hundreds of thousands or a few million euros. The second, once you count the lives inside, has no upper limit.`,
  ],
  paragraphs: [
    (c) =>
      `Ukraine's partners have done a great deal. Without the air defense systems delivered since 2022, cities like ${c.place.name} would look very different today. But the pattern has been the same for years: a crisis, an urgent appeal, a pledge, and then months of waiting while the next crisis builds.`,
    () =>
      `The objections are familiar. Stocks are low, production is slow, armies need their own systems. All true. But stocks are low because orders were placed late, and production is slow because contracts were signed for months rather than decades. Those are choices, and they can be made differently.`,
    () =>
      `Europe also has an answer growing inside Ukraine itself. Ukrainian engineers build interceptor drones for a fraction of the cost of a missile. Financing that production at scale, and for several years, would protect Ukrainian cities and build an industry Europe will need for its own defense.`,
    (c) =>
      `The drones that fly over ${c.place.name} at night are the same models that have strayed into the airspace of European Union and NATO members. The line between Ukraine's air defense and Europe's is already thinner than many governments like to admit.`,
    () =>
      `There is a moral dimension, too. We tell Ukrainians that their fight is our fight. If that is true, then leaving their cities exposed while our own systems sit in storage is not prudence. It is a choice about whose windows are worth protecting.`,
    () =>
      `What would it take? A multi-year purchase program for interceptors, pooled across countries; long-term contracts with Ukrainian manufacturers; and a political decision to treat air defense for Ukraine as a permanent commitment, not an emergency measure renewed every winter. None of it is beyond Europe's means.`,
  ],
  pulls: [
    () =>
      "Stocks are low because orders were placed late. Those are choices, and they can be made differently.",
    () => "Leaving their cities exposed while our own systems sit in storage is not prudence.",
  ],
  headings: ["The cost of waiting"],
  context: ["airDefense"],
  photos: [
    (c) => ({
      motif: "night",
      caption: `Searchlights over ${c.place.name} during an air raid alert on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "wall",
      caption: `A wall damaged by a drone attack in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this piece misstated when Ukraine's partners began delivering modern air defense systems. The first deliveries arrived in 2022.",
  ],
};

const assetsOpinion: Template = {
  id: "opinion-frozen-assets",
  type: "OPINION",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: () => ["sanctions", "g7", "economy", "russia"],
  authors: "opinion",
  titles: [
    () => `Russia should pay for the damage it caused. Start with the frozen assets`,
    () =>
      `The legal risks of seizing Russia's reserves are real. The risks of not doing it are greater`,
    () => `Using only the interest on Russia's frozen billions is a half-measure`,
    (c) => `Rebuilding ${c.place.name} should be paid for with Russia's frozen assets`,
    (c) => `The families of ${c.place.name} should not wait for Russia's frozen billions`,
  ],
  standfirsts: [
    () =>
      `Western governments hold hundreds of billions in Russian state assets and use only the income they generate. It is time to use the principal, carefully and lawfully.`,
    () =>
      `Confiscation raises hard legal questions. But the alternative, asking European taxpayers to cover a bill that Russia created, is harder to defend every year.`,
  ],
  leads: [
    () =>
      `Since 2022, Western governments have kept hundreds of billions of dollars of Russian central bank reserves frozen. They have been cautious about what to do with them, using only the interest to back loans to Ukraine. The caution is understandable. It is also, by now, costing Ukraine and its partners more than it protects.`,
    () =>
      `Every month, Ukraine's finance ministry meets with partners to close a budget gap created by a war it did not start. Every month, the same governments hold Russian state money worth many times that gap. Few policy questions in Europe have such an obvious shape, and such a long list of reasons to postpone an answer.`,
  ],
  paragraphs: [
    () =>
      `The objections deserve a serious answer. Seizing a sovereign's reserves is almost without precedent. It could unsettle investors who hold euros and dollars, and it could invite legal challenges that last for years. These are not imaginary concerns. They should be weighed honestly.`,
    () =>
      `But precedent is also being set by inaction. The message to any government considering aggression is that its reserves abroad will be frozen, perhaps, but returned eventually, with interest. That is not deterrence. It is a deposit scheme. Aggressors notice such things.`,
    () =>
      `International law offers a route. States injured by an internationally wrongful act may take countermeasures to induce the responsible state to comply with its obligations, including reparations. Lawyers differ on the details, but a coordinated decision by the states holding the assets would stand on firmer ground than any one country acting alone.`,
    () =>
      `The fears about reserve currencies also look overstated. Central banks have few alternatives to the euro and the dollar, and those that might move their reserves elsewhere have been doing so for years regardless. Markets have absorbed the freezing of the assets without any visible flight from the euro, and there is little reason to expect a different reaction to their use.`,
    () =>
      `The money could be managed through an international fund with transparent rules, paying first for the reconstruction of housing, energy and water systems. Ukraine would have to meet strict reporting standards, as it already does for donor funds. Independent auditors would check every payment.`,
    () =>
      `The longer the decision is delayed, the more the bill shifts to taxpayers in countries that did not cause the damage. Russia should pay for what it destroyed. The money to make that happen is already sitting in European vaults.`,
  ],
  pulls: [
    () => "That is not deterrence. It is a deposit scheme.",
    () =>
      "Russia should pay for what it destroyed. The money is already sitting in European vaults.",
  ],
  headings: ["The case for using the principal"],
  context: ["sanctions"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `Office towers in a European financial district on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "smoke",
      caption: `Smoke rises from a building destroyed by a Russian strike in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this piece said all frozen Russian reserves are held in one country. Most are held by a single depository in Europe; the rest are spread across several jurisdictions.",
  ],
};

const mobilizationOpinion: Template = {
  id: "opinion-mobilization",
  type: "OPINION",
  section: "national",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: () => ["mobilization", "ukraine", "elections"],
  authors: "opinion",
  titles: [
    () => `A fair mobilization system is a matter of survival, not politics`,
    () => `Soldiers need to know when they will come home. Parliament should tell them`,
    () => `The people who have fought since 2022 deserve more than our gratitude`,
    (c) => `The soldiers from ${c.place.name} who volunteered in 2022 deserve a date to come home`,
    (c) => `What a friend from ${c.place.name} taught me about mobilization and fairness`,
  ],
  standfirsts: [
    () =>
      `Many of those who volunteered in 2022 are still at the front. Without clear terms of service, the burden of the war falls on too few people for too long.`,
    () =>
      `Mobilization is the most painful question in Ukrainian politics. Avoiding it will not make it easier, and every delay costs trust.`,
  ],
  leads: [
    (c) =>
      `A friend of mine went to the recruitment office on the second day of the full-scale invasion. He did not wait for a notice; he brought his own boots. He has been in the army ever since, with a few weeks of leave a year. When I last saw him in ${c.place.name}, he asked me a simple question: "When does it end for people like me?" I did not have an answer. Nor, so far, does the state.`,
    () =>
      `There is no good way to send people to war, only less bad ones. Ukraine has tried several since 2022: volunteers, then call-up notices, then stricter rules, then electronic registers. Each fixed one problem and exposed another. What none has provided is a promise that the burden will be shared and that it will end.`,
  ],
  paragraphs: [
    () =>
      `The result is a two-track society. On one side are those who have served for years and their families, who live with constant fear. On the other are millions whose lives, despite alerts and outages, have a rhythm that looks almost normal. The gap between them is growing, and it is dangerous.`,
    () =>
      `A fixed term of service would not solve the shortage of soldiers. It would make it more visible, and force the state to plan replacements rather than rely on the endurance of the same people. That is exactly why it is needed.`,
    () =>
      `Fairness also means enforcement that treats everyone equally. Stories of bribes paid to avoid service, and of recruitment officers detaining men on the street, do more damage to the army than any Russian propaganda campaign. Every such case should be investigated and punished in public.`,
    () =>
      `Politicians fear that clear rules will be unpopular. They are right. But public trust is not built by avoiding hard decisions; it is built by explaining them honestly and applying them to everyone, including the well-connected. Voters notice evasion faster than hard choices.`,
    () =>
      `The army has changed, too. Brigades that recruit directly, offer specific roles and keep promises about training have found more volunteers than the old system. That experience should shape the rules, not be treated as an exception. It deserves to be expanded.`,
    () =>
      `My friend does not want to be thanked. He wants a date. Giving soldiers that certainty, and sharing the burden more widely to make it possible, is the least a country at war owes the people defending it. Anything less is a debt deferred.`,
  ],
  pulls: [
    () => "Public trust is not built by avoiding hard decisions.",
    () => "Fairness means enforcement that treats everyone equally, including the well-connected.",
  ],
  headings: ["Sharing the burden"],
  context: ["politics"],
  photos: [
    (c) => ({
      motif: "train",
      caption: `The railway line out of ${c.place.name}, where soldiers say goodbye to their families, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A soldier returns to the front after leave, photographed on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "This piece has been clarified to note that the law on terms of service was still being debated in parliament at the time of writing.",
  ],
};

export const OPINION_TEMPLATES: readonly Template[] = [
  airDefenseOpinion,
  assetsOpinion,
  mobilizationOpinion,
];
