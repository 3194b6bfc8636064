import { fig, num } from "./doc.ts";
import { FRONT_TOWNS, STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Analysis of the front line, the drone industry and the energy war. */

const frontAnalysis: Template = {
  id: "front-analysis",
  type: "ANALYSIS",
  section: "analysis",
  weight: 3,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(10, 20)),
  tags: (c) => ["frontline", "ukraine", "russia", "drones", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "analysis",
  coAuthors: "war",
  titles: [
    (c) => `What the battle for ${c.place.name} reveals about Russia's way of war`,
    (c) => `Why Russia keeps sending small infantry groups at ${c.place.name}, and what it costs`,
    (c) => `The slow grind around ${c.place.name}: how drones froze the front line`,
  ],
  standfirsts: [
    (c) =>
      `Small infantry groups, glide bombs and swarms of drones have replaced armored breakthroughs. The fighting near ${c.place.name} shows what that means for both armies.`,
    (c) =>
      `Russia is gaining ground slowly and at enormous cost; Ukraine is holding, but with too few soldiers. Our defense reporter explains the balance of forces near ${c.place.name}.`,
  ],
  leads: [
    (c) =>
      `For months, the fighting around ${c.place.name} has followed a pattern that Ukrainian officers describe with weary precision: Russian troops advance in twos and threes, under cover of darkness or fog, hoping that enough of them slip past the drones to gather in a ruined building or a tree line. Most do not. Some do, and that is how the front moves.`,
    (c) =>
      `On a map of ${c.place.oblast}, the changes of the past months are barely visible. On the ground, they have cost thousands of lives. The battle for ${c.place.name} has become a case study in how drones have reshaped war, and in how much each side is willing to pay for a few kilometers.`,
  ],
  paragraphs: [
    (c) =>
      `The main reason for the slow pace is the "kill zone," a strip of land up to ${num(c.n.a)} kilometers deep on either side of the front where anything that moves can be spotted and struck by drones within minutes. Tanks and armored vehicles that once led assaults rarely survive the approach, and both armies have adapted by spreading out.`,
    () =>
      `Russia's advantage is numbers. Recruitment driven by large payments has so far allowed it to replace heavy losses, which Western officials estimate at many hundreds of soldiers a day across the front. Ukraine, with a smaller population and a slower mobilization system, has struggled to rotate units that have been in combat for months.`,
    () =>
      `Ukraine's advantage, for now, is technology and initiative. Its drone units, many of them founded by volunteers, have pioneered tactics that Russian forces later copied, from interceptor drones to unmanned ground vehicles that carry supplies forward and bring the wounded back.`,
    () =>
      `Glide bombs remain Russia's most effective tool against fortified positions. Released from aircraft dozens of kilometers away, they can destroy buildings that have withstood months of shelling, and Ukraine has few ways to stop them other than striking the airfields from which the planes take off.`,
    (c) =>
      `For ${c.place.name} itself, the likely consequence is slow erosion rather than sudden collapse. Analysts expect the pressure to continue for as long as Moscow is willing to accept the losses, which so far it has been, and for as long as Ukraine can keep the supply roads open.`,
    () =>
      `What would change the picture? Officers and analysts name the same three things: more infantry for Ukraine, more long-range strikes on Russian logistics and airfields, and more air defense, which would free up resources now spent protecting cities far from the front.`,
  ],
  quotes: [
    (c) => ({
      text: "Neither side can concentrate forces without being seen, so neither side can break through. What remains is attrition, and attrition favors whoever can replace losses longer",
      name: c.x.name,
      role: c.x.role,
    }),
    (c) => ({
      text: "We see them coming almost every time. The problem is that they keep coming",
      name: c.p1.first,
      role: `a drone unit commander near ${c.place.name}`,
    }),
  ],
  headings: [
    "The kill zone",
    "Numbers on Russia's side",
    "Technology on Ukraine's side",
    "The glide-bomb problem",
    "Slow erosion, not collapse",
    "What could change",
  ],
  list: (c) => ({
    heading: "Three things to watch",
    items: [
      "Whether changes to mobilization bring fresh infantry to the front",
      "The pace of Russian glide-bomb strikes, and Ukraine's ability to hit the airfields",
      `Supply routes into ${c.place.name}, which Russian drones increasingly reach`,
    ],
  }),
  context: ["front"],
  photos: [
    (c) => ({
      motif: "field",
      caption: `Fields near ${c.place.name} in ${c.place.oblast}, where trenches now cross the farmland, photographed on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A drone operator rests between shifts near ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the depth of the "kill zone" along the front. Officers describe it as up to ${num(c.n.a)} kilometers on either side.`,
    (c) =>
      `An earlier version of this article placed ${c.place.name} in the wrong oblast. It is in ${c.place.oblast}.`,
  ],
};

const droneIndustry: Template = {
  id: "drone-industry",
  type: "ANALYSIS",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(2, 5), r.int(20, 50) * 10, r.int(60, 90)),
  tags: () => ["drones", "economy", "ukraine", "air-defense"],
  authors: "analysis",
  titles: [
    (c) =>
      `How Ukraine turned garage workshops into an industry making ${fig(c.n.a)} million drones a year`,
    () => `Ukraine's drone makers can build more than the army can buy. What is holding them back?`,
    () =>
      `Interceptor drones are Ukraine's cheap answer to Russia's nightly raids. Can they scale?`,
    (c) => `In ${c.place.name}'s drone workshops, engineers can build more than the army can buy`,
    (c) =>
      `How interceptor drones built in ${c.place.name} became Ukraine's answer to nightly raids`,
  ],
  standfirsts: [
    (c) =>
      `More than ${num(c.n.b)} companies now make drones in Ukraine. Money, components and skilled operators, not ideas, are what limit the industry.`,
    () =>
      `Since 2022, Ukraine has gone from buying hobby drones online to building its own at scale. Our reporters look at what that achieved and what it cannot do.`,
  ],
  leads: [
    (c) =>
      `In the first months of the full-scale invasion, Ukrainian soldiers flew hobby drones bought with donations, dropping grenades through 3D-printed release clips. Today, according to industry estimates, Ukraine produces about ${num(c.n.a)} million drones a year, from small first-person-view craft to long-range aircraft that fly more than a thousand kilometers into Russia.`,
    (c) =>
      `Walk into a drone workshop in ${c.place.name}, and the first thing the engineers want to talk about is not technology but money. They can build far more than they sell, they say. The question of who pays, and how quickly, now shapes Ukraine's drone war as much as any invention.`,
  ],
  paragraphs: [
    (c) =>
      `More than ${num(c.n.b)} companies make drones or components in Ukraine, according to industry associations, many of them founded after 2022 by engineers with no military background. Competition has driven prices down and designs forward, with new versions appearing every few months as electronic warfare makes older ones useless.`,
    () =>
      `The state remains the main customer, and its budget is limited. Manufacturers say capacity exceeds orders by a wide margin, and many have asked the government to allow limited exports or joint production abroad, which would bring in money and keep workers busy.`,
    (c) =>
      `Components are the weak point. Manufacturers estimate that ${num(c.n.c)} percent of a typical drone is now made in Ukraine, up from almost nothing in 2022, but motors, batteries and some electronics still come largely from Asian suppliers, which makes the supply chain vulnerable to export restrictions.`,
    () =>
      `Interceptor drones, designed to ram Russian attack drones in the air, are the industry's newest priority. They cost a small fraction of an air defense missile and can be produced in thousands, but each one needs a trained operator and good radar data to find its target at night.`,
    () =>
      `Russia has not stood still. It has scaled up production of its own attack drones at large factories, copied Ukrainian tactics and deployed fiber-optic drones that cannot be jammed. Both sides now describe the drone war as a race in which any advantage lasts a few months at most.`,
    () =>
      `Officials say the next step is to bring drones, ground robots and electronic warfare into a single system, with data shared across units. That requires software, training and communications as much as hardware, and those are harder to buy with a single contract.`,
  ],
  quotes: [
    (c) => ({
      text: "We solved the engineering problem years ago. What we have not solved is the business problem",
      name: c.p1.name,
      role: `the founder of a drone company in ${c.place.name}`,
    }),
    (c) => ({
      text: "The cheapest drone is the one that reaches its target. Price per unit is the wrong measure",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: [
    "From hobby kits to factories",
    "The money problem",
    "Parts and dependencies",
    "Interceptors",
    "The race with Russia",
    "What comes next",
  ],
  list: () => ({
    heading: "The industry in brief",
    items: [
      "Hundreds of manufacturers, most founded after 2022",
      "Production capacity well above current state orders",
      "Motors, batteries and some chips still largely imported",
      "Interceptor drones are the newest priority for air defense",
    ],
  }),
  context: ["airDefense"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `${c.place.name}, where several drone workshops now operate, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "field",
      caption: `A training ground in central Ukraine where drone operators practice, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the estimated share of drone components made in Ukraine. Manufacturers put it at about ${num(c.n.c)} percent.`,
    (c) =>
      `An earlier version of this article misstated the number of drone companies in Ukraine. Industry associations put it at more than ${num(c.n.b)}.`,
  ],
};

export const ANALYSIS_TEMPLATES: readonly Template[] = [frontAnalysis, droneIndustry];
