import { fig, num } from "./doc.ts";
import { STRIKE_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Core, type Template } from "./template.ts";

/** Parliament and anti-corruption cases. */

const BILLS = [
  {
    short: "mobilization rules",
    bill: "a bill that updates mobilization rules and sets clearer terms for demobilization",
    tag: "mobilization",
    detail:
      "The law introduces a fixed term of service for soldiers who have served continuously for a set period and expands the list of grounds for deferment, including for people caring for relatives with disabilities. Recruitment offices will be required to use electronic records for all call-up notices.",
  },
  {
    short: "reconstruction contracts",
    bill: "a bill requiring every publicly funded reconstruction contract to be published online",
    tag: "reconstruction",
    detail:
      "Under the law, local authorities must publish tenders, contracts, estimates and photos of completed work on a single public platform. Contracts that are not published cannot be paid, and auditors will be able to flag unusual prices automatically.",
  },
  {
    short: "anti-corruption courts",
    bill: "a bill that strengthens the independence of anti-corruption investigators and courts",
    tag: "corruption",
    detail:
      "The law gives anti-corruption investigators their own access to wiretaps, rather than relying on the security service, and changes how judges of the anti-corruption court are selected, with international experts keeping a role on the selection panel.",
  },
  {
    short: "compensation for destroyed homes",
    bill: "a bill expanding compensation for people whose homes were destroyed in the war",
    tag: "reconstruction",
    detail:
      "The law extends housing vouchers to owners of homes in areas that are still occupied or too dangerous to inspect, provided the destruction can be confirmed with satellite imagery or other evidence. Officials estimate that tens of thousands of families could become eligible.",
  },
  {
    short: "EU customs rules",
    bill: "a bill aligning Ukraine's customs code with European Union rules",
    tag: "european-union",
    detail:
      "The law brings procedures for transit, customs warehouses and authorized operators in line with EU rules, a step Brussels has listed among the conditions for advancing membership talks. Exporters say it should shorten queues at the western border. Business associations supported the bill.",
  },
] as const;

function bill(c: Core) {
  return at(BILLS, c.k1);
}

const parliamentLaw: Template = {
  id: "parliament-law",
  type: "NEWS",
  section: "national",
  weight: 3,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(228, 318), r.int(3, 12)),
  tags: (c) => ["ukraine", "elections", bill(c).tag],
  authors: "national",
  titles: [
    (c) => `Ukraine's parliament passes law on ${bill(c).short} with ${fig(c.n.a)} votes`,
    (c) => `Lawmakers approve overhaul of ${bill(c).short} after months of debate`,
    (c) => `Parliament backs overhaul of ${bill(c).short} as partners watch the pace of reforms`,
  ],
  standfirsts: [
    () =>
      `The law, which needed at least 226 votes in the 450-seat chamber, now goes for signature. Critics say several key provisions were weakened during the debate.`,
    () =>
      `Supporters say the changes are overdue and expected by Ukraine's partners. Opponents warned that the bill was rushed and left too many questions to government regulations.`,
  ],
  leads: [
    (c) =>
      `Ukraine's parliament on ${c.date.weekday} passed ${bill(c).bill}, with ${num(c.n.a)} lawmakers voting in favor, after months of debate and hundreds of proposed amendments. The law will take effect ${at(["three months", "six months", "one month"], c.k2)} after it is signed and published.`,
    (c) =>
      `Lawmakers approved ${bill(c).bill} on ${c.date.weekday}, backing the measure with ${num(c.n.a)} votes in the 450-seat Verkhovna Rada. The vote followed ${num(c.n.b)} months of negotiations between factions, the government and civil society groups.`,
  ],
  paragraphs: [
    (c) => bill(c).detail,
    (c) =>
      `The parliamentary committee that prepared the final text considered more than ${num(c.n.b * 60)} amendments, according to its chair. Several provisions that drew criticism from rights groups were removed before the vote, while others were softened. Lawmakers worked through the amendments over several late-night sessions, and the committee's chair said most of the changes were technical.`,
    () =>
      `Opposition lawmakers said they supported the goal of the bill but not the way it was drafted, arguing that the government would get too much discretion in writing the rules that put it into practice. Some abstained rather than vote against.`,
    () =>
      `Civil society organizations that monitor parliament said they would watch closely how the law is implemented, noting that earlier reforms had been delayed by missing regulations and by court challenges. They plan to publish a report on the law's implementation within six months, based on data from courts and government agencies.`,
    () =>
      `Ukraine's partners have tied parts of their financial support to reforms of this kind, and government officials said the vote would help unlock the next tranche of aid. The [full text of the law](https://example.com/parliament/bill-text) was published on the parliament's website.`,
  ],
  quotes: [
    (c) => ({
      text: "It is not a perfect law, but it is a law we can defend in front of soldiers and their families",
      name: c.p1.name,
      role: "a lawmaker who sits on the committee that drafted the bill",
    }),
    (c) => ({
      text: "The text is better than the first draft. Whether it works will depend entirely on the regulations",
      name: c.p2.name,
      role: "a lawyer at a Kyiv-based legal reform group",
    }),
  ],
  headings: ["What the law changes", "The debate", "What comes next"],
  context: ["politics"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `Central Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "documents",
      caption: `Copies of the draft law handed to lawmakers in Kyiv on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of lawmakers who voted for the bill. It was ${num(c.n.a)}, not ${num(c.n.a - 7)}.`,
    () =>
      "An earlier version of this article said the law takes effect immediately. It takes effect after it is signed and published.",
  ],
};

const SCHEMES = [
  { short: "generator", long: "the purchase of generators for hospitals" },
  { short: "road repair", long: "road repairs in front-line districts" },
  { short: "army food", long: "food supplies for the army" },
  { short: "school shelter", long: "the construction of bomb shelters in schools" },
  { short: "fortification", long: "the construction of defensive fortifications" },
] as const;

const POSTS = [
  "a former deputy head of a district administration",
  "the procurement director of a state-owned energy company",
  "a former head of a regional roads agency",
  "a former official at the defense ministry's procurement agency",
] as const;

const corruptionCase: Template = {
  id: "corruption-case",
  type: "NEWS",
  section: "national",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(5, 180), r.int(5, 12), r.int(2, 6), r.int(20, 60)),
  tags: () => ["corruption", "ukraine"],
  authors: "national",
  leadFor: [0, 0, 1],
  titles: [
    (c) =>
      `Anti-corruption bureau charges ex-official over ${fig(c.n.a)} million hryvnia ${at(SCHEMES, c.k1).short} scheme`,
    (c) =>
      `Official in ${c.place.oblast} suspected of embezzling funds meant for ${at(SCHEMES, c.k1).long}`,
    (c) =>
      `${fig(c.n.c)} suspects detained in probe into inflated ${at(SCHEMES, c.k1).short} contracts`,
  ],
  standfirsts: [
    (c) =>
      `Investigators say the contracts were inflated by ${num(c.n.a)} million hryvnias. The main suspect denies wrongdoing, according to ${c.p1.his} lawyer.`,
    () =>
      `The case is the latest in a series of investigations into wartime procurement, which Ukraine's partners watch closely as a test of the country's anti-corruption reforms.`,
  ],
  leads: [
    (c) =>
      `Ukraine's anti-corruption bureau has charged ${c.p1.name}, ${at(POSTS, c.k2)}, with organizing a scheme that overpaid for ${at(SCHEMES, c.k1).long} by ${num(c.n.a)} million hryvnias, the bureau said on ${c.date.weekday}. Investigators searched offices in ${c.place.name} and Kyiv.`,
    (c) =>
      `Investigators detained ${num(c.n.c)} people, including ${at(POSTS, c.k2)}, on suspicion of embezzling money meant for ${at(SCHEMES, c.k1).long}, Ukraine's anti-corruption bureau and prosecutors said on ${c.date.weekday}. The losses to the state are estimated at ${num(c.n.a)} million hryvnias.`,
  ],
  paragraphs: [
    (c) =>
      `According to investigators, contracts went to companies controlled by associates of the suspects, which then charged prices about ${num(c.n.d)} percent above the market level. Part of the difference was allegedly withdrawn in cash through a network of shell companies. The companies deny any wrongdoing.`,
    (c) =>
      `If convicted, ${c.p1.name} faces up to ${num(c.n.b)} years in prison. ${c.p1.he === "he" ? "He" : "She"} has denied the accusations, and ${c.p1.his} lawyer said the case was based on a misreading of the procurement rules. Investigators said other suspects in the case were cooperating with the inquiry, and that further charges were possible as financial records were examined.`,
    () =>
      `The anti-corruption court is expected to decide on pretrial measures in the coming days. Prosecutors have asked for bail to be set at several million hryvnias and for the suspects to surrender their passports. The suspects' lawyers said they would appeal any detention order.`,
    () =>
      `Anti-corruption activists welcomed the case but noted that high-level investigations often take years to reach a verdict, and that the courts remain overloaded. Public trust in wartime procurement, they said, depends on cases ending in sentences, not only in headlines.`,
  ],
  quotes: [
    (c) => ({
      text: "People are giving their last savings to the army. Every case like this has to be pursued to the end",
      name: c.p2.name,
      role: "a lawyer at an anti-corruption watchdog in Kyiv",
    }),
    (c) => ({
      text: "My client has done nothing illegal, and we will show that in court",
      name: c.p3.name,
      role: `a lawyer for ${c.p1.name}`,
    }),
  ],
  headings: ["The scheme, according to investigators", "What happens next", "A test for reforms"],
  context: ["politics"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Documents seized during a search in ${c.place.name}, photographed on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "documents",
      caption: `Case documents at the anti-corruption court in Kyiv on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the amount investigators say was overpaid. It was ${num(c.n.a)} million hryvnias, not ${num(c.n.a + 10)} million.`,
    (c) =>
      `An earlier version of this article misstated the maximum sentence ${c.p1.name} faces. It is ${num(c.n.b)} years.`,
  ],
};

export const NATIONAL_TEMPLATES: readonly Template[] = [parliamentLaw, corruptionCase];
