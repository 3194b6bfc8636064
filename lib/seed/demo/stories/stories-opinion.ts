import type { BlockNode } from "../../../documents/schema.ts";
import { heading, paragraph, pullQuote } from "../doc.ts";
import { related, type Story } from "./story.ts";

/** Opinion and editorials: arguments, in the first person or the newsroom's voice. */

function disclaimer(guestLine = ""): BlockNode {
  return paragraph(
    `_${guestLine}The views expressed in opinion pieces are the author's own and do not necessarily reflect those of The Northern Dispatch._ Want to respond? [Submit an opinion](/submit-an-opinion).`,
  );
}

export const EUROPE_OFFICE_HOURS: Story = {
  slug: "europes-defense-industry-is-still-working-office-hours",
  title: "Europe's defense industry is still working office hours",
  standfirst:
    "Factories that could make the shells and interceptors Ukraine needs still run one shift, five days a week. That is a choice, and it can be unmade.",
  type: "OPINION",
  section: "analysis",
  tags: ["european-union", "nato", "air-defense"],
  authors: ["clare-whitcombe"],
  hero: {
    picture: "harbor-1",
    caption: (d) => `Cranes at a European container port on ${d.text}.`,
    credit: "(Dana Kozak/Steppe Photo Agency)",
  },
  body: () => [
    paragraph(
      "Every few months I visit a factory somewhere in Europe that makes something Ukraine needs. The visits have a pattern. There is a new hall, or a plan for one. There is a manager who explains, sincerely, that orders have never been higher. And there is a car park that is almost empty by half past five.",
    ),
    paragraph(
      "Europe has spent three years announcing that it is moving its defense industry onto a war footing. In money, that is true: budgets have grown and contracts have been signed. In hours, it is not. Many of the lines that make artillery shells, air defense interceptors and their components still run a single shift, five days a week, the way they did when the customer was a peacetime army ordering for exercises.",
    ),
    pullQuote(
      "Ukraine fights around the clock. The factories that supply it go home at half past five.",
      "Clare Whitcombe",
    ),
    heading("Why the lights go off"),
    paragraph(
      "The reasons are not mysterious. A second shift needs workers, and skilled workers are scarce. It needs contracts long enough to justify hiring them, and governments still buy in small, yearly tranches. It needs suppliers of explosives, casings and electronics to speed up too, and each of them waits for the others. Everyone is rational; the result is that the whole chain moves at the pace of its most cautious link.",
    ),
    paragraph(
      "None of this is a law of nature. Governments could sign multi-year orders that guarantee a factory's output for five years rather than one. They could pay for the second shift directly, as they pay for stockpiles. They could pool orders across countries so that a plant in one country is not waiting for three ministries to agree on a specification.",
    ),
    heading("What it costs to wait"),
    paragraph(
      "The cost of the current pace is measured in nights. When Ukraine's air defense runs short of interceptors, commanders must choose which cities and which power plants to protect, and the rest take their chances. Those gaps are found quickly by the people planning the attacks.",
    ),
    paragraph(
      "Europe's security depends on Ukraine holding, and Ukraine's air defense depends on a supply chain that still keeps office hours. Ukraine fights around the clock. It is time the factories did too.",
    ),
    disclaimer(
      "Clare Whitcombe is a senior fellow at the Amber Coast Security Institute and writes in a personal capacity. ",
    ),
  ],
};

export const EDITORIAL_COMPENSATION: Story = {
  slug: "editorial-compensation-delayed-is-compensation-denied",
  title: "Editorial: Compensation delayed is compensation denied",
  standfirst:
    "Parliament has finally given housing inspectors a deadline. Families who have waited for years in borrowed rooms need the law signed and then enforced.",
  type: "EDITORIAL",
  section: "analysis",
  tags: ["reconstruction", "ukraine"],
  authors: ["larysa-horbenko"],
  hero: {
    picture: "wall-1",
    caption: (d) => `A shrapnel-scarred wall of a damaged house in Irpin on ${d.text}.`,
    credit: "(Yevhen Kushnir/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "Ask any family that has lost its home in this war what the hardest part was, and many will not name the night of the attack. They will name the year after it: the queue for an inspection, the missing paper, the certificate that arrives but cannot be used for the house they want to rebuild.",
    ),
    paragraph(
      "This week parliament passed a bill that gives inspection commissions a deadline of 30 days and lets owners hire a licensed engineer when that deadline is missed. It is a modest change, and it is the right one. A right to compensation that depends on the workload of an understaffed commission is not much of a right.",
    ),
    related("parliament-backs-bill-to-speed-up-compensation-for-destroyed-homes"),
    paragraph(
      "The bill should be signed without delay. But signing it is the easy part. Municipalities will need money to hire engineers, and the state registries will need to talk to each other, so that a family is not asked to prove three times that the house it lost was its own.",
    ),
    heading("Measure it, publish it"),
    paragraph(
      "We urge the government to publish, every month and for every oblast, how many applications were received, how many were inspected within the deadline and how long payments took. Numbers like these are not a luxury. They are how citizens, journalists and donors can see whether a promise is being kept.",
    ),
    paragraph(
      "People who have lost their homes have already been asked to be patient for far too long. The state can now show them that it has learned to be quick.",
    ),
  ],
};

export const EDITORIAL_LINE_CREWS: Story = {
  slug: "editorial-the-people-who-keep-the-lights-on-deserve-more-than-thanks",
  title: "Editorial: The people who keep the lights on deserve more than thanks",
  standfirst:
    "Energy repair crews work under the same drones that damage the grid. Their pay, insurance and protection have not kept up with the danger.",
  type: "EDITORIAL",
  section: "analysis",
  tags: ["energy", "ukraine"],
  authors: ["roman-kulyk"],
  hero: {
    picture: "smoke-0",
    caption: (d) =>
      `Smoke rises from a power facility on the edge of a city in central Ukraine after a strike on ${d.text}.`,
    credit: "(Serhiy Movchan/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "After every large attack on the power grid, officials thank the energy workers who restore electricity. The thanks are sincere and deserved. They are also, by now, not enough.",
    ),
    paragraph(
      "Repair crews drive to damaged substations and lines while the threat of a second strike is still in the air. Several have been killed doing so. Yet line workers in many regional companies earn less than a delivery driver in the capital, their insurance does not always cover injuries from attacks, and protective equipment is often bought by the crews themselves or by volunteers.",
    ),
    related("the-night-shift-on-the-power-lines"),
    paragraph(
      "The energy companies and the ministry should agree on three things before the next season of heavy attacks: a hazard payment for every call-out after a strike, insurance that covers wartime injury and death without exception, and armored vehicles and protective kits for every crew that works near the front line.",
    ),
    paragraph(
      "None of this is expensive compared with the cost of a city without heat. The people who keep the lights on have earned more than a line in a press release.",
    ),
  ],
};

export const REBUILD_BORING_THINGS: Story = {
  slug: "rebuilding-should-start-with-the-boring-things",
  title: "Rebuilding should start with the boring things: pipes, paperwork and people",
  standfirst:
    "Towns that recover fastest are not those with the grandest plans. They are the ones that fixed their water mains, their land records and their payroll first.",
  type: "OPINION",
  section: "analysis",
  tags: ["reconstruction", "economy", "corruption"],
  authors: ["mykhailo-prystupa"],
  hero: {
    picture: "wall-0",
    caption: (d) => `A damaged wall of a school in Chernihiv Oblast, photographed on ${d.text}.`,
    credit: "(Ostap Horbach/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "I have spent much of the past two years in meeting rooms of town councils that have just been promised money for reconstruction. The first question is nearly always about something visible: a new square, a rebuilt cultural center, a bridge with lights. The most useful answer is nearly always about something invisible.",
    ),
    paragraph(
      "Water mains come first. A town whose pipes leak half of what it pumps cannot reopen its schools or attract a factory, however fine its new facades. Then come land and property records, because no investor and no family will build on a plot whose owner cannot be proven. Then come the people who run the place: engineers, accountants and procurement officers, many of whom have left.",
    ),
    pullQuote(
      "Money for reconstruction arrives faster than the people who know how to spend it well.",
      "Mykhailo Prystupa",
    ),
    paragraph(
      "Money arrives faster than the people who know how to spend it well. Donors should pay for municipal staff, not only for concrete, and should insist that every contract above a modest threshold is published in the state's open procurement system. Transparency is not a burden on reconstruction; it is what keeps the money coming.",
    ),
    paragraph(
      "None of this will be photographed for a brochure. But the towns that do the boring things first will be the ones still standing, and still inhabited, in ten years.",
    ),
    disclaimer("Mykhailo Prystupa is an economist who lectures on public finance in Lviv. "),
  ],
};

export const SIRENS_AND_SILENCE: Story = {
  slug: "we-have-learned-to-live-with-sirens-we-must-not-learn-to-live-with-silence",
  title: "We have learned to live with sirens. We must not learn to live with silence",
  standfirst:
    "A country at war gets used to many things. Getting used to not asking questions of those in power would be the most dangerous habit of all.",
  type: "OPINION",
  section: "national",
  tags: ["ukraine", "corruption", "elections"],
  authors: ["yuliia-stepanenko"],
  hero: {
    picture: "rain-0",
    caption: (d) => `A rainy evening in central Kyiv on ${d.text}.`,
    credit: "(Iryna Palii/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "My daughter, who is nine, sleeps through most air raid alerts now. On the first nights of the full-scale invasion she could not sleep at all. Children adapt; so do adults. We have learned to charge power banks, to keep water in the bathtub, to read the night by its sounds. This is a kind of strength, and we are right to be proud of it.",
    ),
    paragraph(
      "But there is another kind of adaptation that worries me more, and it is quieter. It is the habit of not asking. Of deciding that a question about a procurement contract, an appointment or a law passed at midnight can wait until after the war, because now is not the time.",
    ),
    pullQuote(
      "A state that is not questioned in wartime does not get better at war.",
      "Yuliia Stepanenko",
    ),
    paragraph(
      "Now is exactly the time. Every hryvnia lost to a padded contract is a hryvnia not spent on a drone or a generator. Every appointment made for loyalty rather than skill costs something at the front or in a hospital. And every time we stay silent to avoid helping the enemy, we forget that the enemy gains far more from a state that wastes its strength than from a citizen who asks where it went.",
    ),
    paragraph(
      "Ukrainians have shown, again and again, that they can criticize their government and defend their country at the same time. The journalists, anti-corruption investigators and ordinary taxpayers who keep asking are not a distraction from the war effort. They are part of it.",
    ),
    paragraph("We have learned to live with sirens. We must not learn to live with silence."),
    disclaimer(),
  ],
};
