import { fig, num } from "./doc.ts";
import { FRONT_TOWNS, place } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** The front line, the south and the energy war. */

const frontAssaults: Template = {
  id: "front-assaults",
  type: "NEWS",
  section: "war",
  weight: 5,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(90, 240), r.int(15, 60), r.int(40, 160), r.int(3, 15), r.int(12, 90)),
  tags: (c) => ["ukraine", "russia", "frontline", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "war",
  coAuthors: "war",
  titles: [
    (c) =>
      `General Staff reports ${fig(c.n.a)} clashes as Russia presses assaults near ${c.place.name}`,
    (c) =>
      `Ukrainian forces repel ${fig(c.n.b)} Russian assaults near ${c.place.name}, military says`,
    (c) => `Russian troops push small-group attacks toward ${c.place.name} as fighting intensifies`,
  ],
  standfirsts: [
    (c) =>
      `Fighting was heaviest on the ${c.place.name} direction in ${c.place.oblast}, where Russian infantry tried to advance in small groups under cover of drones and glide bombs.`,
    (c) =>
      `Ukraine's military said it held its positions near ${c.place.name} after ${num(c.n.b)} attacks in a single day, while warning that pressure on the town's outskirts was growing.`,
  ],
  leads: [
    (c) =>
      `Ukrainian troops repelled ${num(c.n.b)} Russian assaults near ${c.place.name} over the past day, the General Staff said on ${c.date.weekday}, as fighting in ${c.place.oblast} remained among the fiercest of the war. In total, the military recorded ${num(c.n.a)} clashes along the front line, and Russian aircraft dropped ${num(c.n.c)} guided bombs on Ukrainian positions and front-line towns.`,
    (c) =>
      `Russian forces kept up pressure on ${c.place.name} on ${c.date.weekday}, sending small infantry groups, motorcycles and a few armored vehicles toward Ukrainian positions on the town's outskirts, the military said. The General Staff reported ${num(c.n.a)} combat clashes across the front over 24 hours, ${num(c.n.b)} of them in the ${c.place.name} sector.`,
  ],
  paragraphs: [
    (c) =>
      `A spokesperson for a brigade defending the sector said Russian troops were trying to cut a supply road about ${num(c.n.d)} kilometers from the town and to slip into residential areas in groups of two or three soldiers. "They move at dawn and in fog, when our drones see less," the spokesperson said, asking not to be named in line with military rules.`,
    (c) =>
      `The military said its drone units had destroyed ${num(Math.ceil(c.n.d / 2))} armored vehicles and dozens of Russian drones over the same period. The figures could not be independently verified. Russia's Defense Ministry claimed its forces had captured a village near ${c.place.name}, a claim Ukrainian officials denied.`,
    () =>
      `Open-source analysts who follow the fighting through geolocated combat footage said changes in the area over the past week were measured in hundreds of meters rather than kilometers. They noted that Russian units had suffered heavy losses in repeated attacks on the same tree lines and farm buildings.`,
    (c) =>
      `In ${c.place.name}, the few hundred remaining residents live mostly in basements. Police evacuation teams said they had taken out ${num(c.n.e)} people over the past week, including a bedridden woman who was carried to an armored van on a stretcher. Most of them are elderly.`,
    () =>
      `Commanders in the area have asked for more infantry and artillery ammunition, saying drone units cannot hold ground on their own. The military has been reorganizing brigades into larger corps to improve coordination between neighboring units along the front. Several units have been in combat without rotation for months.`,
  ],
  quotes: [
    (c) => ({
      text: "Every day they try the same approach with fresh people. We hold, but the guys are tired",
      name: c.p1.first,
      role: `a platoon commander near ${c.place.name} who gave only ${c.p1.his} first name in line with military rules`,
    }),
    (c) => ({
      text: "The drones are in the sky all day. Getting water and food to the positions has become the hardest job we have",
      name: c.p2.first,
      role: `a logistics officer with a brigade in ${c.place.oblast}, identified by ${c.p2.his} first name for security reasons`,
    }),
  ],
  headings: ["The view from the front", "Pressure on the supply roads", "What the numbers show"],
  list: (c) => ({
    heading: "The past 24 hours",
    items: [
      `**${num(c.n.a)}** combat clashes along the front line`,
      `**${num(c.n.b)}** Russian assaults in the ${c.place.name} sector`,
      `**${num(c.n.c)}** guided aerial bombs dropped, according to the General Staff`,
    ],
  }),
  context: ["front"],
  photos: [
    (c) => ({
      motif: "field",
      caption: `A road near ${c.place.name} in ${c.place.oblast} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "smoke",
      caption: `Smoke rises over the outskirts of ${c.place.name} after shelling on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A Ukrainian soldier rests in a dugout near ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of combat clashes reported by the General Staff. It was ${num(c.n.a)}, not ${num(c.n.a + 20)}.`,
    (c) =>
      `An earlier version of this article placed ${c.place.name} in the wrong oblast. It is in ${c.place.oblast}.`,
  ],
};

const KHERSON_PLACES = [
  place("Kherson", "Kherson Oblast", "kherson", "Dnipro"),
  place("Beryslav", "Kherson Oblast", "kherson", "Dnipro"),
  place("Bilozerka", "Kherson Oblast", "kherson", "Dnipro"),
  place("Antonivka", "Kherson Oblast", "kherson", "Dnipro"),
  place("Tiahynka", "Kherson Oblast", "kherson", "Dnipro"),
];

const khersonShelling: Template = {
  id: "kherson-shelling",
  type: "NEWS",
  section: "war",
  weight: 3,
  places: KHERSON_PLACES,
  numbers: (r) => nums(r.int(20, 110), r.int(8, 30), r.int(2, 12), r.int(15, 60)),
  tags: () => ["ukraine", "russia", "kherson", "drones", "frontline"],
  authors: "war",
  titles: [
    (c) =>
      `Russian shelling across the Dnipro injures ${fig(c.n.c)} in ${c.place.name}, officials say`,
    (c) =>
      `Russian forces hit ${fig(c.n.b)} settlements in Kherson Oblast with artillery and drones`,
    (c) => `Drone attacks on cars and buses leave ${c.place.name} residents afraid to travel`,
  ],
  standfirsts: [
    (c) =>
      `Russian troops on the occupied left bank of the Dnipro shelled ${c.place.name} and nearby villages ${num(c.n.a)} times over the past day, the regional military administration said.`,
    () =>
      `Short-range drones that chase cars and pedestrians have become the main danger for people in riverside districts of Kherson Oblast, officials and residents say.`,
  ],
  leads: [
    (c) =>
      `Russian forces shelled ${c.place.name} and ${num(c.n.b)} other settlements in Kherson Oblast over the past day, injuring ${num(c.n.c)} people, the regional military administration said on ${c.date.weekday}. Artillery, mortars and drones hit residential areas, a bus stop and an infrastructure facility, according to the administration.`,
    (c) =>
      `Residents of ${c.place.name} spent much of ${c.date.weekday} in shelters as Russian troops across the Dnipro fired artillery and launched drones at the town, the regional military administration said. It recorded ${num(c.n.a)} attacks on Kherson Oblast in 24 hours, with ${num(c.n.c)} people injured.`,
  ],
  paragraphs: [
    (c) =>
      `Most of the injured were hit by drones dropping explosives on cars and pedestrians, officials said. Among them was a ${c.p3.age}-year-old ${c.p3.he === "he" ? "man" : "woman"} who was cycling to a pharmacy when a drone struck nearby. Doctors described ${c.p3.his} condition as moderate. Paramedics reached the scene within minutes.`,
    () =>
      `Local authorities have stretched anti-drone nets over some roads along the river and asked residents to avoid the embankment entirely. Public buses in the riverside districts now run on shortened routes, and drivers say they listen for the sound of drones before every stop.`,
    (c) =>
      `Utility workers said shelling had again damaged a gas pipeline and power lines, leaving parts of ${c.place.name} without electricity for several hours. Repair crews can work only in short windows, when the drone threat is lower, and often wait for dusk.`,
    () =>
      `Several thousand people still live in the riverside districts, many of them elderly. Volunteers deliver bread, drinking water and medicine on fixed days, and a mobile medical team visits villages along the river once a week when it is safe to do so.`,
    () =>
      `Ukrainian officials say Russian drone operators deliberately hunt civilians in the area, and human rights monitors have documented hundreds of such attacks. Prosecutors have opened criminal cases under war crimes articles, relying on drone footage and witness testimony. Residents call the riverside roads a "human safari."`,
  ],
  quotes: [
    (c) => ({
      text: "You learn to listen all the time. When you hear the buzzing, you run for a doorway and wait",
      name: c.p1.name,
      role: `a ${c.p1.age}-year-old resident of ${c.place.name}`,
    }),
    (c) => ({
      text: "We leave the bread at the door and drive off quickly. People understand, they wave from the window",
      name: c.p2.name,
      role: "a volunteer who delivers food to streets near the river",
    }),
  ],
  headings: ["Drones over the river", "Life on the right bank", "Repairs under fire"],
  context: ["south", "humanitarian"],
  photos: [
    (c) => ({
      motif: "river",
      caption: `The Dnipro embankment in ${c.place.name} stands empty on ${c.date.text}, as residents avoid the riverfront because of Russian drones.`,
    }),
    (c) => ({
      motif: "city",
      caption: `${c.place.name} on ${c.date.text}. Roads into the city are now covered with anti-drone netting.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of settlements shelled in Kherson Oblast. It was ${num(c.n.b)}, not ${num(c.n.b + 5)}.`,
    (c) =>
      `An earlier version of this article said a bus stop in ${c.place.name} was destroyed. It was damaged.`,
  ],
};

export const FRONT_TEMPLATES: readonly Template[] = [frontAssaults, khersonShelling];
