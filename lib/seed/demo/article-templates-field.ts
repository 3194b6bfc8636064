import { capitalize, num } from "./doc.ts";
import { FRONT_TOWNS } from "./places.ts";
import { at } from "./random.ts";
import { ageBetween } from "./people.ts";
import { nums, type Template } from "./template.ts";

/** Field reports: our reporters with a drone unit and on an evacuation train. */

const CALLSIGNS = [
  "Bison",
  "Falcon",
  "Lynx",
  "Teacher",
  "Owl",
  "Smith",
  "Marble",
  "Hornet",
] as const;

const droneUnit: Template = {
  id: "drone-unit",
  type: "FEATURE",
  section: "field-report",
  weight: 3,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(4, 9), r.int(3, 8), r.int(21, 26), r.int(6, 14)),
  tags: (c) => ["drones", "frontline", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "war",
  coAuthors: "photo",
  titles: [
    (c) => `Night shift with a Ukrainian drone unit near ${c.place.name}`,
    (c) => `"The sky is never empty": inside a drone crew's dugout outside ${c.place.name}`,
    (c) => `Twelve hours, ${num(c.n.d)} flights: a drone unit holds the line near ${c.place.name}`,
  ],
  standfirsts: [
    (c) =>
      `Our reporter spent a night with a drone crew in ${c.place.oblast}, where a handful of operators in a basement watch over kilometers of front line.`,
    () =>
      `The crew flies reconnaissance and strike drones around the clock, and hunts Russian drones in the air. Their greatest fear is not being seen, but being found.`,
  ],
  leads: [
    (c) =>
      `The dugout is three meters underground, lit by four screens and a string of LED lights. On the largest screen, a thermal image of a tree line glows white and gray. "There," says the operator with the call sign ${at(CALLSIGNS, c.k1)}, pointing at a small bright shape. "That is a person. Now we wait to see where he goes."`,
    (c) =>
      `The crew of ${num(c.n.a)} arrives at its position outside ${c.place.name} after dark, on foot for the last kilometer, carrying batteries, drones and food for two days. Nobody talks on the way in. Above them, invisible, their own reconnaissance drone watches the path ahead.`,
  ],
  paragraphs: [
    (c) =>
      `The unit, part of a brigade defending the ${c.place.name} sector, asked that its name and exact location not be published. Its members are identified here by their call signs, in line with military rules. The oldest is ${num(c.n.c + 15)}; the youngest is ${num(c.n.c)} and was a university student in 2022.`,
    () =>
      `The work follows a rhythm of long silences and sudden activity. Reconnaissance drones fly in relays to keep a permanent picture of the area. When Russian soldiers are spotted moving toward Ukrainian positions, the crew sends a strike drone, and the room goes quiet except for the pilot's breathing.`,
    (c) =>
      `Over one night, the crew made ${num(c.n.d)} flights. Twice, Russian electronic warfare cut the video link seconds from the target. Once, an interceptor drone brought down a Russian reconnaissance drone that had been circling for an hour, which the crew celebrated with instant coffee.`,
    () =>
      `The greatest danger is being found. Russian drones hunt for antennas, generators and the heat of people moving above ground. The crew changes positions every few weeks and keeps trips to the surface as short as possible. Two nearby crews were hit last month.`,
    (c) =>
      `Most members of the crew had no military experience before the full-scale invasion. ${at(CALLSIGNS, c.k2)}, the commander, was a video game designer. He taught the others to fly, and he still builds parts of the drones himself from components ordered with donations.`,
    () =>
      `Near dawn, the radio brings news that a neighboring infantry position has held off an assault, with the help of footage from the crew's drones. Nobody says much. Someone refills the kettle. The next shift is already on its way.`,
    (c) =>
      `After ${num(c.n.b)} days, the crew will rotate back to a house in a village farther from the front, where they sleep, repair drones and call their families. Then they will come back. "That is the job now," ${at(CALLSIGNS, c.k1)} says. "We watch, so the infantry can sleep a little."`,
  ],
  quotes: [
    (c) => ({
      text: "People think it is like a computer game. In a game, you do not see the faces",
      name: at(CALLSIGNS, c.k1),
      role: "a drone pilot, identified by his call sign",
    }),
    (c) => ({
      text: "Every piece of equipment in this room was paid for by someone who will never see it. We try to deserve that",
      name: at(CALLSIGNS, c.k2),
      role: "the crew's commander",
    }),
  ],
  headings: [
    "The crew",
    "Watching and waiting",
    "One night, many flights",
    "Hunting and being hunted",
    "Volunteers turned soldiers",
    "Before dawn",
    "Rotation",
  ],
  context: ["front"],
  photos: [
    (c) => ({
      motif: "night",
      caption: `The night sky over the front near ${c.place.name} in ${c.place.oblast} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "field",
      caption: `Fields near ${c.place.name}, where the unit launches its reconnaissance drones, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of flights the crew made during the night. It was ${num(c.n.d)}.`,
    (c) =>
      `An earlier version of this article misstated the region where the unit is deployed. It is in ${c.place.oblast}.`,
  ],
};

const evacuationTrain: Template = {
  id: "evacuation-train",
  type: "FEATURE",
  section: "field-report",
  weight: 2,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(180, 520), r.int(8, 18), r.int(20, 80)),
  tags: (c) => ["refugees", "humanitarian-aid", "children", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  coAuthors: "photo",
  titles: [
    (c) => `On the evacuation train from ${c.place.oblast}, a whole town's worth of goodbyes`,
    (c) =>
      `${num(c.n.a)} passengers, ${num(c.n.c)} pets and one night: the evacuation train from ${c.place.oblast}`,
    () => `Leaving the front behind: a night on Ukraine's evacuation train`,
  ],
  standfirsts: [
    (c) =>
      `Every few days, a train leaves a station in ${c.place.oblast} carrying people who have decided they can no longer stay near the front. Our reporter rode with them.`,
    () =>
      `Some passengers carry suitcases, others only documents and a pet. Nearly all of them say they hope to go back, and most of them doubt they will.`,
  ],
  leads: [
    (c) =>
      `The train leaves at 4 p.m., but the platform starts filling before noon. ${c.p1.name} arrives first, with a cat in a carrier and a bag of documents wrapped in plastic. ${capitalize(c.p1.he)} has lived in ${c.place.name} for ${c.p1.age} years, all ${c.p1.his} life. "I packed in ten minutes," ${c.p1.he} says. "I have been unpacking it in my head ever since."`,
    (c) =>
      `The carriage smells of instant noodles, disinfectant and wet dogs. Outside the window, the fields of ${c.place.oblast} slide past in the dusk. In compartment six, ${c.p1.name} is teaching a child from the next compartment to play cards. Neither of them knows where they will sleep tomorrow.`,
  ],
  paragraphs: [
    (c) =>
      `The evacuation train, run by the state railway with help from aid groups, carried ${num(c.n.a)} passengers on this trip, including children, elderly people and ${num(c.n.c)} pets. Most had been brought to the station by police or volunteer evacuation teams from towns around ${c.place.name}.`,
    () =>
      `Each carriage has a volunteer and a medic. Some passengers need oxygen or help getting to the toilet. Others sit upright all night, unable to sleep, watching the dark window as if they could still see the houses they left behind.`,
    (c) =>
      `${c.p2.name}, ${ageBetween(c.p2, 58, 79)}, is traveling with three grandchildren whose parents are in the army. ${capitalize(c.p2.he)} left after a drone struck the school across the road. "I told myself, one more month, one more month," ${c.p2.he} says. "Then there was no more month."`,
    (c) =>
      `The journey takes about ${num(c.n.b)} hours. At the other end, social workers meet the train, register passengers as displaced people and assign beds in dormitories and shelters. Families with relatives elsewhere continue on their own. Aid groups hand out hot meals, SIM cards and information about payments for displaced people on the platform.`,
    () =>
      `Railway staff on these routes have worked through attacks on stations and tracks. A conductor who has made the trip dozens of times says she no longer counts. "Every time, somebody cries when the train starts," she says. "Every time, somebody thanks us at the end."`,
    () =>
      `By morning, the carriages are quiet. Children sleep across their grandparents' laps. The cat in the carrier has stopped complaining. When the train pulls into the station, nobody hurries to get off. Outside, volunteers are already setting up tables with tea, sandwiches and forms to fill in, and a bus is waiting to take passengers to a dormitory.`,
    (c) =>
      `${c.p1.first} steps onto the platform last, holding the carrier against ${c.p1.his} chest. ${capitalize(c.p1.he)} looks around at the unfamiliar station and takes a breath. "So," ${c.p1.he} says, to no one in particular. "This is where we live now." Then ${c.p1.he} walks toward the exit.`,
  ],
  quotes: [
    (c) => ({
      text: "I took the photographs, the documents and the cat. Everything else is just things, I keep telling myself",
      name: c.p1.name,
      role: `who left ${c.place.name} after ${c.p1.age} years`,
    }),
    (c) => ({
      text: "We do not ask people why they waited so long. We ask what medicine they need",
      name: c.p3.name,
      role: "a volunteer medic on the train",
    }),
  ],
  headings: [
    "The passengers",
    "A night in the carriage",
    "One more month",
    "Arrival",
    "The railway's war",
    "Morning",
    "Where we live now",
  ],
  context: ["humanitarian"],
  photos: [
    (c) => ({
      motif: "train",
      caption: `The railway line used by evacuation trains from ${c.place.oblast}, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A passenger on an evacuation train from ${c.place.oblast} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of passengers on the train. It was ${num(c.n.a)}.`,
  ],
};

export const FIELD_TEMPLATES: readonly Template[] = [droneUnit, evacuationTrain];
