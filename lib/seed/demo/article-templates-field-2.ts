import { capitalize, num } from "./doc.ts";
import { FRONT_TOWNS, LIBERATED_PLACES } from "./places.ts";
import { ageBetween } from "./people.ts";
import { nums, type Template } from "./template.ts";

/** Field reports: deminers in the fields and the last residents of a front-line town. */

const deminers: Template = {
  id: "deminers",
  type: "FEATURE",
  section: "field-report",
  weight: 2,
  places: LIBERATED_PLACES,
  numbers: (r) => nums(r.int(40, 400), r.int(6, 14), r.int(2, 9), r.int(150, 900)),
  tags: (c) => ["reconstruction", "economy", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  coAuthors: "photo",
  titles: [
    (c) => `Meter by meter: the deminers clearing farmland around ${c.place.name}`,
    (c) => `Before the sunflowers, the mines: a day with a demining team in ${c.place.oblast}`,
    (c) => `"One mistake is enough": the slow work of making ${c.place.name}'s fields safe again`,
  ],
  standfirsts: [
    (c) =>
      `Farmers near ${c.place.name} cannot sow until deminers have checked every meter. The work is slow, dangerous and far from finished.`,
    () =>
      `Ukraine is one of the most heavily mined countries in the world. A team of former teachers, drivers and soldiers is trying to give some of that land back.`,
  ],
  leads: [
    (c) =>
      `${c.p1.name} walks ahead of the team with a metal detector, sweeping it in slow arcs over the stubble. Every few steps, the detector chirps. Most of the time it is a fragment of a shell, a bolt, a can. Once every few hours, it is something else. "You treat every sound as if it is the one," ${c.p1.he} says, without looking up.`,
    (c) =>
      `The field outside ${c.place.name} looks like any other in ${c.place.oblast}: flat, wide, rimmed with poplars. The red signs along its edge say otherwise. Since the occupation, nobody has plowed it. This week, a demining team of ${num(c.n.b)} people is working its way across, one marked lane at a time.`,
  ],
  paragraphs: [
    (c) =>
      `The team has cleared about ${num(c.n.a)} hectares since spring, according to its leader. It has found anti-tank mines, anti-personnel mines, unexploded shells and cluster munitions, left behind when Russian forces withdrew from the area. The largest single find was ${num(c.n.d)} items in one field.`,
    (c) =>
      `${c.p1.first}, ${c.p1.age}, was a chemistry teacher before the war. ${capitalize(c.p1.he)} joined a humanitarian demining organization after a neighbor's tractor hit a mine in 2023. The training took several weeks; the concentration, ${c.p1.he} says, takes everything. ${capitalize(c.p1.his)} former pupils sometimes send ${c.p1.him} messages.`,
    () =>
      `Machines do part of the work. An armored demining vehicle, donated by a foreign partner, grinds through the topsoil on open ground and sets off what it finds. But around trees, ditches and buildings, only people with detectors and probes can do the job.`,
    () =>
      `Farmers are impatient, and understandably so. Every season without a harvest costs them money, and some have tried to clear their land themselves, with tragic results. Authorities have introduced compensation for farmers who pay for certified demining, to discourage such attempts.`,
    (c) =>
      `By the end of the day, the team has cleared a strip the size of a few tennis courts and found ${num(c.n.c)} explosive items. They are laid out, photographed and later destroyed in a controlled detonation that shakes windows in ${c.place.name}.`,
    () =>
      `Officials estimate that demining all of Ukraine's contaminated land will take many years, perhaps decades. The team's leader prefers smaller numbers. "This field, this week," he says. "Then the next one." Until then, farmers in the area plant around the red signs, and every spring brings new reports of tractors damaged by mines that were missed.`,
    (c) =>
      `Next spring, if everything goes to plan, the field will be sown with sunflowers. ${c.p1.first} says ${c.p1.he} intends to come back to see it. "I have walked every meter of it," ${c.p1.he} says. "I want to see it yellow." The team will be elsewhere by then.`,
  ],
  quotes: [
    (c) => ({
      text: "People ask if I am afraid. I am afraid all the time. That is what keeps me careful",
      name: c.p1.name,
      role: "a deminer and former chemistry teacher",
    }),
    (c) => ({
      text: "My father farmed this field, and his father before him. I just want to plow it without thinking about what is underneath",
      name: c.p2.name,
      role: `a farmer near ${c.place.name}`,
    }),
  ],
  headings: [
    "What the ground holds",
    "From the classroom to the minefield",
    "People and machines",
    "Impatient farmers",
    "A day's work",
    "Years of work ahead",
    "Next spring",
  ],
  context: ["reconstruction"],
  photos: [
    (c) => ({
      motif: "sunflower",
      caption: `A field awaiting demining near ${c.place.name} in ${c.place.oblast} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "field",
      caption: `A field outside ${c.place.name} that is still marked as mined, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the area the team has cleared since spring. It is about ${num(c.n.a)} hectares.`,
  ],
};

const lastResidents: Template = {
  id: "last-residents",
  type: "FEATURE",
  section: "field-report",
  weight: 2,
  places: FRONT_TOWNS,
  numbers: (r) => nums(r.int(200, 1500), r.int(20, 80) * 1000, r.int(2, 6)),
  tags: (c) => ["frontline", "humanitarian-aid", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "war",
  coAuthors: "photo",
  titles: [
    (c) => `The last residents of ${c.place.name}: life in a town the war is emptying`,
    (c) => `In ${c.place.name}, ${num(c.n.a)} people remain. Our reporter spent two days with them`,
    (c) => `Bread on Tuesdays, water on Fridays: how the people left in ${c.place.name} survive`,
  ],
  standfirsts: [
    (c) =>
      `Before the full-scale invasion, ${c.place.name} was a busy town. Now only a fraction of its people remain, in basements and among ruins, waiting for the bread van.`,
    () =>
      `Why do people stay in a town under constant attack? The answers are as different as the people: fear, stubbornness, illness, loyalty, and the simple lack of anywhere else to go.`,
  ],
  leads: [
    (c) =>
      `The bread van comes on Tuesdays. By 10 a.m., a small crowd is waiting in the courtyard of a five-story building whose upper floors are gone. ${c.p1.name}, ${ageBetween(c.p1, 66, 88)}, arrives with a shopping bag and a walking stick. "Fresh bread," ${c.p1.he} says, "is the only thing in this town that still arrives on time."`,
    (c) =>
      `${c.place.name} is quiet in the way that towns near the front are quiet: no traffic, no children, a dog barking somewhere, and every few minutes the dull thud of artillery beyond the horizon. Officials say about ${num(c.n.a)} people still live here. Most of them spend their days underground.`,
  ],
  paragraphs: [
    (c) =>
      `Before the full-scale invasion, ${c.place.name} had a hospital, several schools and a busy market. Today, most buildings in the center are damaged, and the market is a field of twisted metal. The hospital moved to a safer town long ago.`,
    (c) =>
      `${c.p1.first} lives in the basement of ${c.p1.his} building with ${num(c.n.c)} neighbors. They share a stove, a generator that runs two hours a day and a radio. ${capitalize(c.p1.he)} has refused evacuation several times. "My ${c.p1.he === "he" ? "wife" : "husband"} is buried here," ${c.p1.he} says. "Where would I go? To sit in a dormitory and wait to die?"`,
    () =>
      `Humanitarian deliveries arrive on fixed days when the security situation allows: bread on Tuesdays, water on Fridays, medicine when the mobile clinic can get through. The volunteers who bring them work quickly and leave before drones can find their vehicles.`,
    (c) =>
      `Some residents are younger. ${c.p2.name}, ${ageBetween(c.p2, 35, 54)}, stayed to look after ${c.p2.his} bedridden mother. ${capitalize(c.p2.he)} charges phones for neighbors from a solar panel on the roof and keeps a list of who needs what. "Somebody has to know who is still alive," ${c.p2.he} says.`,
    () =>
      `Police visit regularly to persuade people to leave, especially families with children, who are now required to evacuate. Officers say most of those who remain have made their choice, and that their task is to make sure they can change their minds quickly if they want to.`,
    () =>
      `At dusk, people disappear into their basements. The town goes dark; lights attract drones. From underground come the sounds of radios, of someone coughing, of a kettle. Above, the artillery continues. Nobody sleeps much. Neighbors take turns listening for drones, and in the morning they compare notes on where the shells landed and whose house is still standing.`,
    (c) =>
      `When we leave, ${c.p1.first} walks us to the car and asks us to come back. "Write that we are still here," ${c.p1.he} says. "People forget that we are still here." Then ${c.p1.he} turns back toward the basement, before the drones come out for the evening.`,
  ],
  quotes: [
    (c) => ({
      text: "Every morning I look out and count the houses. Some days there is one fewer",
      name: c.p1.name,
      role: `a resident of ${c.place.name}`,
    }),
    (c) => ({
      text: "We cannot make people leave. We can only make sure they have bread, water and our phone number",
      name: c.p3.name,
      role: "a volunteer who delivers aid to the town",
    }),
  ],
  headings: [
    "A town emptied",
    "Life in the basement",
    "The bread van",
    "Those who look after others",
    "Why they stay",
    "Nightfall",
    "Still here",
  ],
  context: ["front", "humanitarian"],
  photos: [
    (c) => ({
      motif: "smoke",
      caption: `A damaged residential building in ${c.place.name}, ${c.place.oblast}, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A resident of ${c.place.name} at home on ${c.date.text}. Volunteers bring bread twice a week.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the number of people still living in ${c.place.name}. Officials estimate it at about ${num(c.n.a)}.`,
  ],
};

export const FIELD_2_TEMPLATES: readonly Template[] = [deminers, lastResidents];
