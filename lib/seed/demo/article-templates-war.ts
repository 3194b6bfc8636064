import { fig, num, plural } from "./doc.ts";
import { STRIKE_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { nums, type Ctx, type Template } from "./template.ts";

/** News from cities under missile, drone and glide-bomb attack. */

const TARGETS = [
  "a nine-story apartment building",
  "a row of private houses",
  "a kindergarten",
  "a shopping center",
  "a warehouse used by a delivery company",
  "an administrative building",
  "a high-rise dormitory",
];

function casualties(c: Ctx): string {
  if (c.n.e === 0) return `injuring ${plural(c.n.d, "person", "people")}`;
  return `killing ${num(c.n.e)} and injuring ${num(c.n.d)}`;
}

const strikeCity: Template = {
  id: "strike-city",
  type: "NEWS",
  section: "war",
  weight: 6,
  places: STRIKE_CITIES,
  numbers: (r) => {
    const drones = r.int(40, 190);
    return nums(
      drones,
      r.int(2, 14),
      Math.floor(drones * (0.7 + r.next() * 0.22)),
      r.int(2, 36),
      r.chance(0.6) ? 0 : r.int(1, 5),
    );
  },
  tags: (c) => [
    "ukraine",
    "russia",
    "air-defense",
    "drones",
    ...(c.place.tag ? [c.place.tag] : []),
  ],
  authors: "war",
  coAuthors: "war",
  titles: [
    (c) => `Overnight Russian drone attack on ${c.place.name} injures ${fig(c.n.d)}, damages homes`,
    (c) =>
      `Russia launches ${fig(c.n.a)} drones and ${fig(c.n.b)} missiles; ${c.place.name} among targets`,
    (c) =>
      `Air defense downs ${fig(c.n.c)} of ${fig(c.n.a)} drones as Russia targets ${c.place.name}`,
    (c) => `${fig(c.n.d)} injured in ${c.place.name} as Russian drones hit residential districts`,
  ],
  standfirsts: [
    (c) =>
      `Ukraine's Air Force said it shot down or jammed ${num(c.n.c)} of ${num(c.n.a)} drones launched overnight. In ${c.place.name}, debris and direct hits damaged homes and ${at(TARGETS, c.k1)}.`,
    (c) =>
      `The attack on ${c.place.name} lasted for several hours, local officials said, and ${plural(c.n.d, "person was", "people were")} taken to hospital with injuries from glass and debris.`,
  ],
  leads: [
    (c) =>
      `Russia attacked ${c.place.name} with drones and missiles overnight into ${c.date.weekday}, ${casualties(c)} and damaging ${at(TARGETS, c.k1)} and several nearby homes, ${c.place.authority} said. Air raid sirens sounded across ${c.place.oblast === "the capital" ? "the capital" : c.place.oblast} for more than four hours as waves of drones approached the city from several directions.`,
    (c) =>
      `Explosions echoed across ${c.place.name} for much of the night as Russian drones and missiles struck the city, ${c.place.authority} said on ${c.date.weekday} morning. At least ${plural(c.n.d, "person was", "people were")} injured${c.n.e > 0 ? ` and ${plural(c.n.e, "person was", "people were")} killed` : ""}, and fires broke out at ${at(TARGETS, c.k1)} and in a residential courtyard.`,
  ],
  paragraphs: [
    (c) =>
      `Ukraine's Air Force said Russia launched ${num(c.n.a)} attack drones and ${plural(c.n.b, "missile", "missiles")} at Ukraine overnight. Air defense units, mobile fire groups and electronic warfare brought down ${num(c.n.c)} of the drones and ${num(Math.floor(c.n.b * 0.6))} of the missiles, the [Air Force said in its morning summary](https://example.com/air-force/daily-summary). The remaining drones struck ${c.place.name} and several towns in neighboring oblasts.`,
    (c) =>
      `In ${c.place.name}, a drone hit the upper floors of ${at(TARGETS, c.k1)}, starting a fire that spread to neighboring apartments. Debris from another drone fell on a parking lot, damaging more than a dozen cars. Windows were blown out in buildings several blocks away, and utility workers spent the morning boarding up openings before the evening cold.`,
    (c) =>
      `Rescuers worked through the morning to put out fires and search the damaged rooms. The State Emergency Service said its crews evacuated ${num(c.n.d + 14)} residents from smoke-filled stairwells and that psychologists were on site to help families who had lost their homes. Among the injured were ${c.n.d > 4 ? "two children and " : ""}an elderly couple who had been sheltering in their hallway.`,
    (c) =>
      `City officials said schools in ${c.place.name} would move lessons online for the day and that temporary shelter and hot meals were available at a nearby community center. Residents whose apartments were damaged can apply for compensation through the state's digital services app, though many say the payments take months to arrive.`,
    (c) =>
      `It was at least the ${at(["third", "fourth", "fifth"], c.k2)} large attack on ${c.place.name} this month. Local authorities have asked residents not to publish photos or videos of impact sites or of air defense positions, warning that Russian forces use such images to adjust their aim.`,
  ],
  quotes: [
    (c) => ({
      text: "The windows came in at once, and then the stairwell filled with smoke. We went down in the dark, holding on to each other",
      name: c.p1.name,
      role: `a ${c.p1.age}-year-old resident of one of the damaged buildings`,
    }),
    (c) => ({
      text: "We train for nights like this, but every time there are people under the concrete it is different",
      name: c.p2.name,
      role: `a rescuer with the State Emergency Service in ${c.place.name}`,
    }),
    (c) => ({
      text: "My children can tell a drone from a missile by the sound. No child should have to learn that",
      name: c.p3.name,
      role: `a ${c.p3.he === "he" ? "father" : "mother"} of two who spent the night in a basement shelter`,
    }),
  ],
  headings: ["What we know", "A night in the shelters", "Air defense under strain"],
  list: (c) => ({
    heading: "The night in numbers",
    items: [
      `**${num(c.n.a)}** attack drones and **${num(c.n.b)}** missiles launched, according to the Air Force`,
      `**${num(c.n.c)}** drones shot down or jammed`,
      `**${num(c.n.d)}** people injured in ${c.place.name}${c.n.e > 0 ? `, **${num(c.n.e)}** killed` : ""}`,
      `Damage reported at ${at(TARGETS, c.k1)} and in several residential courtyards`,
    ],
  }),
  context: ["airDefense", "energy"],
  photos: [
    (c) => ({
      motif: "smoke",
      caption: `Firefighters work at the site of a Russian drone strike in ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "night",
      caption: `Air defense units fire at Russian drones over ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "wall",
      caption: `Shrapnel marks on a building in ${c.place.name} on ${c.date.text}, the morning after a Russian attack.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of drones launched overnight. Ukraine's Air Force reported ${num(c.n.a)}, not ${num(c.n.a + 10)}.`,
    (c) =>
      `An earlier version of this article misstated the number of people injured in ${c.place.name}. It was ${num(c.n.d)}, not ${num(c.n.d + 3)}.`,
  ],
};

const GLIDE_CITIES = STRIKE_CITIES.filter((p) =>
  ["Kharkiv", "Zaporizhzhia", "Sumy", "Kramatorsk", "Sloviansk", "Kherson", "Nikopol"].includes(
    p.name,
  ),
);

const glideBombs: Template = {
  id: "glide-bombs",
  type: "NEWS",
  section: "war",
  weight: 3,
  places: GLIDE_CITIES,
  numbers: (r) => nums(r.int(2, 6), r.int(3, 28), r.int(0, 3), r.int(10, 60), r.int(1, 4)),
  tags: (c) => ["ukraine", "russia", "frontline", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "war",
  coAuthors: "kharkiv",
  titles: [
    (c) => `Russian glide bombs hit ${c.place.name} in daytime attack, injuring ${fig(c.n.b)}`,
    (c) =>
      `${c.place.name} hit by ${fig(c.n.a)} guided aerial bombs as Russia steps up attacks on the city`,
    (c) =>
      `Guided bomb strikes on ${c.place.name} damage ${at(["a hospital", "a school", "an industrial site", "a market"], c.k2)} and homes`,
  ],
  standfirsts: [
    (c) =>
      `Russian aircraft dropped ${num(c.n.a)} guided bombs on ${c.place.name} from beyond the reach of air defenses, ${c.place.authority} said, in one of the heaviest daytime attacks on the city this year.`,
    (c) =>
      `Glide bombs, which Russian jets release dozens of kilometers from their targets, have become a daily threat for ${c.place.name}. Officials said ${num(c.n.b)} people were hurt.`,
  ],
  leads: [
    (c) =>
      `Russian aircraft struck ${c.place.name} with ${plural(c.n.a, "guided aerial bomb", "guided aerial bombs")} on ${c.date.weekday} afternoon, injuring ${num(c.n.b)} people${c.n.c > 0 ? ` and killing ${num(c.n.c)}` : ""}, ${c.place.authority} said. The bombs hit ${at(["a hospital", "a school", "an industrial site", "a market"], c.k2)} and a residential street in the ${at(["eastern", "northern", "central", "southern"], c.k1)} part of the city shortly after 2 p.m., when many people were outdoors.`,
    (c) =>
      `${c.place.name} came under a rare daytime bombardment on ${c.date.weekday} as Russian jets released ${num(c.n.a)} guided bombs at the city from airspace near the front line, officials said. At least ${num(c.n.b)} people were injured, and rescuers were still searching damaged buildings in the evening.`,
  ],
  paragraphs: [
    () =>
      `Guided aerial bombs are Soviet-era free-fall bombs fitted with wings and satellite guidance. Released from high altitude, they can glide to targets dozens of kilometers away, allowing Russian pilots to stay outside the range of most Ukrainian air defense systems. Each can carry hundreds of kilograms of explosives.`,
    (c) =>
      `The strike left a crater several meters wide on a residential street and blew out windows in ${num(c.n.d)} buildings, according to the city council. Doctors at the regional hospital said most of the injured had shrapnel wounds and concussions, and that ${num(Math.max(1, c.n.e - 1))} were in serious condition.`,
    (c) =>
      `Municipal workers began covering damaged windows with plastic sheeting within hours, and volunteers handed out water and construction materials. The city has set up a hotline for residents who need help with repairs and a ${at(["mobile", "temporary"], c.k3)} aid point near the site.`,
    (c) =>
      `Ukrainian officials have repeatedly asked partners for long-range air defense systems and permission to strike the airfields from which the bombers take off. Without them, said ${c.x.name}, ${c.x.role}, "cities near the front will keep absorbing these attacks with almost no warning."`,
  ],
  quotes: [
    (c) => ({
      text: "There is no siren long enough for a glide bomb. You hear the whistle and it is already here",
      name: c.p1.name,
      role: `a ${c.p1.age}-year-old shopkeeper whose store was damaged`,
    }),
    (c) => ({
      text: "We opened the shelter within minutes, but the wounded started arriving before the dust settled",
      name: c.p2.name,
      role: `a surgeon at the regional hospital in ${c.place.name}`,
    }),
  ],
  headings: ["How glide bombs work", "The response", "A city within range"],
  context: ["airDefense", "front"],
  photos: [
    (c) => ({
      motif: "smoke",
      caption: `Smoke rises after a Russian guided bomb attack on ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "wall",
      caption: `A building scarred by a glide bomb strike in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of guided bombs dropped on ${c.place.name}. Officials reported ${num(c.n.a)}, not ${num(c.n.a + 2)}.`,
    (c) =>
      `An earlier version of this article gave the wrong time of the attack on ${c.place.name}. It began shortly after 2 p.m., not in the morning.`,
  ],
};

export const WAR_TEMPLATES: readonly Template[] = [strikeCity, glideBombs];
