import { fig, num } from "./doc.ts";
import { LIBERATED_PLACES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Core, type Template } from "./template.ts";

/** Reconstruction: rebuilt public buildings in towns liberated earlier in the war. */

const BUILDINGS = [
  {
    name: "school",
    users: "pupils and teachers",
    note: "a bomb shelter in the basement large enough for everyone inside",
  },
  {
    name: "bridge",
    users: "drivers a day",
    note: "a new span designed to carry heavy trucks and buses",
  },
  {
    name: "hospital wing",
    users: "patients a month",
    note: "a protected operating room and its own power supply",
  },
  {
    name: "water treatment plant",
    users: "residents",
    note: "new filters and backup generators for outages",
  },
  {
    name: "kindergarten",
    users: "children",
    note: "a shelter with play areas, so lessons can continue during alerts",
  },
  {
    name: "library",
    users: "readers a month",
    note: "a reading room that doubles as a heated support point",
  },
] as const;

function building(c: Core) {
  return at(BUILDINGS, c.k1);
}

const reconstruction: Template = {
  id: "reconstruction",
  type: "NEWS",
  section: "national",
  weight: 3,
  places: LIBERATED_PLACES,
  numbers: (r) => nums(r.int(20, 300), r.int(5, 24), r.int(200, 4000), r.int(10, 200)),
  tags: (c) => ["reconstruction", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "national",
  coAuthors: "feature",
  titles: [
    (c) =>
      `Rebuilt ${building(c).name} reopens in ${c.place.name} after ${fig(c.n.b)} months of work`,
    (c) =>
      `${c.place.name} gets its ${building(c).name} back as reconstruction picks up in ${c.place.oblast}`,
    (c) =>
      `Residents of ${c.place.name} return to a rebuilt ${building(c).name} funded by foreign partners`,
  ],
  standfirsts: [
    (c) =>
      `The ${building(c).name} was badly damaged during the Russian occupation. Its reconstruction cost ${num(c.n.a)} million hryvnias and included ${building(c).note}.`,
    (c) =>
      `Local officials in ${c.place.name} say working public buildings are what bring families back, but thousands of damaged homes in the area are still waiting for repairs.`,
  ],
  leads: [
    (c) =>
      `A ${building(c).name} destroyed during the Russian occupation of ${c.place.name} reopened on ${c.date.weekday} after ${num(c.n.b)} months of reconstruction, local officials said. The work cost ${num(c.n.a)} million hryvnias, most of it provided by foreign partners, and the building will serve about ${num(c.n.c)} ${building(c).users}.`,
    (c) =>
      `Residents of ${c.place.name} in ${c.place.oblast} gathered on ${c.date.weekday} for the reopening of the town's ${building(c).name}, which was left in ruins when Russian forces withdrew from the area. It was rebuilt over ${num(c.n.b)} months with ${building(c).note}.`,
  ],
  paragraphs: [
    (c) =>
      `The old building was hit repeatedly by shelling and later looted, officials said. Engineers decided that repairing it was possible only for the foundations and part of the frame, and the rest was rebuilt to new standards, including ${building(c).note}.`,
    () =>
      `Every contract for the project was published on the state's [public reconstruction platform](https://example.com/reconstruction/projects), where residents can see the estimates, the contractor and photos of the work. Local activists said they had checked the prices and found them in line with the market.`,
    (c) =>
      `Workers from ${c.place2.name} and from the town itself made up most of the construction crew. The contractor said finding enough qualified workers had been the hardest part, because many builders have been mobilized or have left the region. Apprentices were trained on site.`,
    (c) =>
      `The town's population has recovered to about two-thirds of its prewar level, according to local officials. Some ${num(c.n.d)} families are still living in modular housing while they wait for their own homes to be rebuilt or for compensation. Officials hope the reopening will bring more back.`,
  ],
  quotes: [
    (c) => ({
      text: "When the building stood in ruins, people asked why they should come back at all. Now there is an answer",
      name: c.p1.name,
      role: `the head of the ${building(c).name}`,
    }),
    (c) => ({
      text: `My ${c.p2.age >= 55 ? "grandchildren" : "children"} will use it. For years I walked past the ruins every day and tried not to look`,
      name: c.p2.name,
      role: `a ${c.p2.age}-year-old resident of ${c.place.name}`,
    }),
  ],
  headings: ["Built to new standards", "Where the money came from", "A town coming back"],
  context: ["reconstruction"],
  photos: [
    (c) => ({
      motif: "city",
      caption: `The rebuilt ${building(c).name} in ${c.place.name}, ${c.place.oblast}, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "river",
      caption: `New roofs among older houses in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the cost of the reconstruction. It was ${num(c.n.a)} million hryvnias, not ${num(c.n.a + 20)} million.`,
    (c) =>
      `An earlier version of this article misstated how long the reconstruction took. It was ${num(c.n.b)} months.`,
  ],
};

export const RECONSTRUCTION_TEMPLATES: readonly Template[] = [reconstruction];
