import { capitalize, num, Num } from "./doc.ts";
import { FRONT_TOWNS, REAR_CITIES } from "./places.ts";
import { at } from "./random.ts";
import { ageBetween } from "./people.ts";
import { nums, type Template } from "./template.ts";

/** Human stories: veterans and volunteers. */

const SPORTS = ["running", "swimming", "rowing", "cycling"] as const;

const veteran: Template = {
  id: "veteran-rehab",
  type: "FEATURE",
  section: "human-story",
  weight: 2,
  places: REAR_CITIES,
  numbers: (r) => nums(r.int(5, 18), r.int(2, 6), r.int(21, 42)),
  tags: () => ["mobilization", "ukraine", "human-rights"],
  authors: "feature",
  titles: [
    (c) => `A veteran's second start: how ${c.p1.name} learned ${at(SPORTS, c.k1)} again`,
    (c) =>
      `After losing a leg near ${c.front.name}, a former soldier trains for ${c.p1.his} first race`,
    (c) => `In a ${c.place.name} rehabilitation center, wounded soldiers relearn everyday life`,
  ],
  standfirsts: [
    (c) =>
      `${c.p1.first} was wounded by a drone near ${c.front.name}. ${Num(c.n.a)} months later, ${c.p1.he} is preparing for a race and helping other veterans through the first weeks after surgery.`,
    () =>
      `Tens of thousands of Ukrainian soldiers have come home with life-changing injuries. Rehabilitation centers are expanding, but veterans say the hardest part begins when they leave.`,
  ],
  leads: [
    (c) =>
      `The prosthetic leg stands in the corner of the gym, next to a pair of worn sneakers. ${c.p1.name} straps it on in under a minute now, a routine that took ${c.p1.him} half an hour when ${c.p1.he} first arrived at the rehabilitation center in ${c.place.name}. "At the beginning, I counted every step," ${c.p1.he} says. "Now I count kilometers."`,
    (c) =>
      `${c.p1.name} remembers the sound of the drone, and then nothing until a field hospital ${num(c.n.a + 12)} kilometers behind the front. ${capitalize(c.p1.he)} was ${c.n.c} and had served for ${num(c.n.b)} years. The surgeons saved ${c.p1.his} life but not ${c.p1.his} left leg below the knee.`,
  ],
  paragraphs: [
    (c) =>
      `${c.p1.first} joined the army in 2022, leaving a job as a logistics manager. ${capitalize(c.p1.he)} served in an infantry brigade in ${c.front.oblast} and was wounded while carrying supplies to a position near ${c.front.name}, along a road that drones had turned into a gauntlet.`,
    (c) =>
      `The first months after the injury were the darkest, ${c.p1.first} says. Pain, infections and a second operation kept ${c.p1.him} in hospital beds in three cities. What helped most, ${c.p1.he} says, was a visit from another veteran who walked into the ward on two prosthetic legs.`,
    (c) =>
      `The rehabilitation center in ${c.place.name} treats several hundred patients a year, most of them soldiers. Physiotherapists, psychologists and prosthetists work in the same building, so patients do not have to travel between clinics, a model that staff say shortens recovery by months.`,
    (c) =>
      `Sport became part of the treatment almost by accident. A physiotherapist suggested ${at(SPORTS, c.k1)} to strengthen ${c.p1.his} core; within weeks, ${c.p1.first} was training every day. ${capitalize(c.p1.he)} now has a coach and a place in a race for veterans next spring. Other patients now join the sessions.`,
    () =>
      `Veterans say the hardest part often comes later: finding work, dealing with bureaucracy, and living among people who have not seen what they have seen. Employers are slowly adapting, but many buildings, buses and offices remain difficult to navigate with a prosthesis or a wheelchair.`,
    (c) =>
      `${c.p1.first} now volunteers at the center twice a week, talking to newly arrived patients. ${capitalize(c.p1.he)} does not give speeches, ${c.p1.he} says. ${capitalize(c.p1.he)} just walks into the room, sits down and waits for the questions. Most of them ask the same things: about pain, about work, about whether life will feel normal again.`,
    (c) =>
      `Asked what ${c.p1.he} would say to people who have not been to war, ${c.p1.first} thinks for a long time. "Do not look away," ${c.p1.he} says finally. "We are not heroes from posters. We are your neighbors, and we are going to be here for a long time."`,
  ],
  quotes: [
    (c) => ({
      text: "I did not want pity. I wanted someone to show me it was possible",
      name: c.p1.name,
      role: "a veteran who lost a leg near the front",
    }),
    (c) => ({
      text: "The body heals faster than the head. We work on both at once, or the body does not heal either",
      name: c.p2.name,
      role: `a physiotherapist at the rehabilitation center in ${c.place.name}`,
    }),
  ],
  headings: [
    "The drone on the supply road",
    "The darkest months",
    "One building, one team",
    "Learning to move again",
    "Life after the center",
    "Passing it on",
    "Do not look away",
  ],
  context: ["front"],
  photos: [
    (c) => ({
      motif: "portrait",
      caption: `${c.p1.name} prepares for training at a rehabilitation center in ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "river",
      caption: `${c.p1.name} trains along the ${c.place.river} in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated how long ${c.p1.name} served before ${c.p1.he} was wounded. It was ${num(c.n.b)} years.`,
  ],
};

const volunteerDriver: Template = {
  id: "volunteer-driver",
  type: "FEATURE",
  section: "human-story",
  weight: 2,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(300, 2400), r.int(2, 5), r.int(40, 70)),
  tags: (c) => ["humanitarian-aid", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  coAuthors: "war",
  titles: [
    (c) => `The volunteer who has driven ${num(c.n.a)} people out of ${c.place.name}`,
    (c) => `${c.p1.name} drives into ${c.place.name} every week to bring out those who stayed`,
    (c) =>
      `An old van, a first-aid kit and a list of names: evacuating the last residents of ${c.place.name}`,
  ],
  standfirsts: [
    (c) =>
      `${c.p1.first} used to sell agricultural equipment. Since 2022, ${c.p1.he} has evacuated hundreds of elderly people, children and pets from towns near the front.`,
    (c) =>
      `Most of those who remain in ${c.place.name} are old, sick or afraid of an unfamiliar life elsewhere. Volunteers like ${c.p1.name} try to persuade them, one visit at a time.`,
  ],
  leads: [
    (c) =>
      `The list is handwritten on the back of an invoice and taped to the dashboard: seven names, seven addresses, one note that says "cat, does not like other cats." ${c.p1.name} checks it twice before ${c.p1.he} turns onto the road into ${c.place.name}. "After that," ${c.p1.he} says, "we do not stop unless we have to."`,
    (c) =>
      `${c.p1.name} has lost count of the times ${c.p1.he} has been asked to leave a house empty-handed. ${capitalize(c.p1.he)} keeps count of the other times: ${num(c.n.a)} people, by ${c.p1.his} records, driven out of ${c.place.name} and nearby villages since the first year of the full-scale invasion.`,
  ],
  paragraphs: [
    (c) =>
      `${c.p1.first}, ${c.n.c}, sold tractors and seeders in ${c.place.oblast} before the war. In March 2022 ${c.p1.he} lent ${c.p1.his} van to a neighbor who was evacuating relatives, then went along to help. ${capitalize(c.p1.he)} has not stopped since. The group ${c.p1.he} founded now has ${num(c.n.b)} vans and a dozen regular drivers.`,
    () =>
      `The van has armor plates bolted inside the doors and an electronic warfare device on the roof that is supposed to confuse drones. Nobody in the group is sure how well it works. They drive fast, with the windows open, listening.`,
    () =>
      `Many of those who remain are in their seventies or eighties. Some cannot walk; others refuse to leave a husband's grave, a cow or a house they built themselves. The volunteers do not argue for long. They leave a phone number and come back the following week.`,
    (c) =>
      `On this trip, the last address is a small house with a blue gate. ${c.p2.name}, ${ageBetween(c.p2, 70, 91)}, is waiting with a suitcase and a potted geranium. ${capitalize(c.p2.he)} has refused three times before. A drone strike on the house next door last week changed ${c.p2.his} mind.`,
    () =>
      `The evacuees are taken to a transit center farther from the front, where social workers help them register as displaced people and find places in shelters or with relatives. Some will never return home. Most know it. Many arrive with almost nothing.`,
    () =>
      `Funding comes from small donations, many of them from abroad, and from a foundation that pays for fuel and repairs. Vans last about a year on these roads before something important breaks or a drone finds them. Then the group buys another.`,
    (c) =>
      `Asked why ${c.p1.he} keeps going, ${c.p1.first} shrugs. "Somebody has to knock on the door," ${c.p1.he} says. "If it is not me, it is nobody." Then ${c.p1.he} checks the list again, folds it into ${c.p1.his} pocket and goes to look for the keys to the van, because next week's trip is already full.`,
  ],
  quotes: [
    (c) => ({
      text: "You cannot force people to leave their lives behind. You can only make sure the door is open when they are ready",
      name: c.p1.name,
      role: "a volunteer who evacuates residents from front-line towns",
    }),
    (c) => ({
      text: "I said I would leave when the neighbors left. Then I realized I was the last neighbor",
      name: c.p2.name,
      role: `a resident of ${c.place.name} evacuated this week`,
    }),
  ],
  headings: [
    "From tractors to evacuations",
    "The van",
    "Why people stay",
    "The last address",
    "After the road",
    "Paying for it",
    "Why keep going",
  ],
  context: ["humanitarian", "front"],
  photos: [
    (c) => ({
      motif: "field",
      caption: `The road to ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A resident of ${c.place.name} waits for volunteers to evacuate her on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of vans run by ${c.p1.name}'s group. It is ${num(c.n.b)}.`,
  ],
};

export const HUMAN_2_TEMPLATES: readonly Template[] = [veteran, volunteerDriver];
