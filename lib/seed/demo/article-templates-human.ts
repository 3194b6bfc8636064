import { capitalize, num } from "./doc.ts";
import { LIBERATED_PLACES, place } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Human stories: long features about invented people in real places. */

const SCHOOL_CITIES = [
  place("Kharkiv", "Kharkiv Oblast", "kharkiv", "Lopan"),
  place("Zaporizhzhia", "Zaporizhzhia Oblast", "zaporizhzhia", "Dnipro"),
  place("Sumy", "Sumy Oblast", null, "Psel"),
  place("Kramatorsk", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Nikopol", "Dnipropetrovsk Oblast", null, "Dnipro"),
  place("Mykolaiv", "Mykolaiv Oblast", null, "Southern Buh"),
];

const undergroundSchool: Template = {
  id: "underground-school",
  type: "FEATURE",
  section: "human-story",
  weight: 3,
  places: SCHOOL_CITIES,
  numbers: (r) => nums(r.int(18, 32), r.int(30, 60), r.int(8, 35)),
  tags: (c) => ["children", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  coAuthors: "photo",
  titles: [
    (c) => `The teacher who keeps a school running ten meters under ${c.place.name}`,
    (c) =>
      `${c.p1.name} teaches first graders in ${c.place.name} who have never had a normal school year`,
    (c) => `Lessons below ground: a year with the children of ${c.place.name}'s underground school`,
  ],
  standfirsts: [
    (c) =>
      `${c.p1.name} has taught through air raid alerts, blackouts and the noise of explosions above. ${capitalize(c.p1.his)} classroom is a converted basement, and the pupils call it "the bunker school."`,
    (c) =>
      `In ${c.place.name}, children study in shelters built to withstand attacks. Their teachers say the hardest lessons are not in the curriculum.`,
  ],
  leads: [
    (c) =>
      `At 8:25 every morning, ${c.p1.name} walks down ${num(c.n.b)} concrete steps into a classroom with no windows. The walls are painted a pale yellow, "the closest we could get to sunlight," ${c.p1.he} says. By 8:30, ${num(c.n.a)} children are at their desks, and the lesson begins, whatever is happening above.`,
    (c) =>
      `The first time the ground shook during a lesson, ${c.p1.name} stopped mid-sentence and looked at the children. They looked back, waiting. "Then one of the boys said, 'Go on, it is far away,'" ${c.p1.he} recalls. "That was when I understood who was teaching whom."`,
  ],
  paragraphs: [
    (c) =>
      `${c.p1.first}, ${Math.max(c.p1.age, c.n.c + 23)}, has taught primary school in ${c.place.name} for ${num(c.n.c)} years. When the full-scale invasion began, ${c.p1.his} school building was damaged in the first weeks, and lessons moved online. For two years, ${c.p1.he} taught through a laptop screen, often by the light of a power bank.`,
    () =>
      `The underground school opened when the city began converting basements and shelters into classrooms so children could study in person again. It has ventilation, backup power and a small medical room. Parents bring their children by bus, and some cross the whole city every morning.`,
    (c) =>
      `The difference, ${c.p1.first} says, was visible within weeks. Children who had barely spoken on video calls began arguing over games at break time. A girl who for months had drawn nothing but tanks drew a house with a garden and a dog.`,
    () =>
      `The work is exhausting. Lessons run in shifts so more pupils can attend, and days are long. When the sirens sound, nothing changes for those already underground, but parents outside hurry to collect their children, and on some days half the class is missing.`,
    (c) =>
      `${c.p1.first} also spends hours with parents, many of them raising children alone while a partner serves in the army. "Sometimes I am a teacher, sometimes a psychologist, sometimes just an adult who listens," ${c.p1.he} says. Those conversations often last longer than the lessons.`,
    (c) =>
      `Some of ${c.p1.his} former pupils left with their families for Lviv, Poland or Germany, and still send ${c.p1.him} messages and photographs of their new classrooms. A few have come back to ${c.place.name}. Every return, ${c.p1.he} says, feels like a small victory.`,
    (c) =>
      `At the end of the day, the children climb the stairs into whatever weather is waiting. ${c.p1.first} stays behind to tidy the room and prepare the next lesson. "Children need routine more than anything," ${c.p1.he} says. "Down here, we can give them that."`,
  ],
  quotes: [
    (c) => ({
      text: "They are not different from children before the war. They just know things children should not have to know",
      name: c.p1.name,
      role: `a primary school teacher in ${c.place.name}`,
    }),
    (c) => ({
      text: "My daughter asks to go to school on weekends. I never thought I would hear that",
      name: c.p2.name,
      role: `the ${c.p2.he === "he" ? "father" : "mother"} of a second grader at the school`,
    }),
    (c) => ({
      text: "Being with other children is therapy in itself. We just try not to get in the way",
      name: c.p3.name,
      role: "the school's psychologist",
    }),
  ],
  headings: [
    "A teacher's war",
    "A classroom without windows",
    "Learning to be children again",
    "Shifts and sirens",
    "Beyond the lessons",
    "Those who left",
    "Routine",
  ],
  context: ["humanitarian"],
  photos: [
    (c) => ({
      motif: "portrait",
      caption: `${c.p1.name}, who teaches at an underground school in ${c.place.name}, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "city",
      caption: `Apartment blocks in ${c.place.name}, where the school's pupils live, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated how long ${c.p1.name} has taught. It is ${num(c.n.c)} years.`,
    (c) =>
      `An earlier version of this article misstated the number of pupils in ${c.p1.first}'s class. It is ${num(c.n.a)}.`,
  ],
};

const returnHome: Template = {
  id: "return-home",
  type: "FEATURE",
  section: "human-story",
  weight: 3,
  places: LIBERATED_PLACES,
  numbers: (r) => nums(r.int(2, 4), r.int(40, 90), r.int(3, 12)),
  tags: (c) => ["reconstruction", "refugees", "ukraine", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "feature",
  coAuthors: "photo",
  titles: [
    (c) => `Coming home to ${c.place.name}: the ${c.p1.last} family rebuilds after occupation`,
    (c) => `After years away, a family returns to ${c.place.name} and starts again from the walls`,
    (c) => `"The house waited for us": a family's return to ${c.place.name}`,
  ],
  standfirsts: [
    (c) =>
      `The ${c.p1.last} family fled ${c.place.name} in 2022 with two suitcases. They came back to a house without a roof, a garden full of shrapnel and neighbors who had never left.`,
    (c) =>
      `Across ${c.place.oblast}, families are returning to towns that were occupied early in the war. Our reporter spent a week with one of them.`,
  ],
  leads: [
    (c) =>
      `The first thing ${c.p1.name} did when ${c.p1.he} came back to ${c.place.name} was plant tomatoes. The house had no roof, no windows and a hole in the kitchen wall, but the garden was still there. "If the tomatoes grow, we stay," ${c.p1.he} told ${c.p1.his} family. The tomatoes grew.`,
    (c) =>
      `It took the ${c.p1.last} family ${num(c.n.c)} hours by train and minibus to get back to ${c.place.name}, and ${num(c.n.a)} years to decide to make the journey. When they finally stood at their gate, ${c.p1.first} says, nobody spoke for a long time.`,
  ],
  paragraphs: [
    (c) =>
      `${c.p1.first}, ${c.p1.age}, and ${c.p1.his} family left ${c.place.name} in the first weeks of the full-scale invasion, when Russian troops occupied the area. They lived in a rented room in ${c.place2.name}, where ${c.p1.he} worked in a supermarket and the children went to a school that did not have enough desks.`,
    () =>
      `When the town was liberated, neighbors sent photographs of the house. The roof had burned, the furniture had been taken, and the walls were marked by bullets. For a long time, the photographs stayed on the phone. Rebuilding seemed impossible, and staying away seemed safer.`,
    (c) =>
      `What changed their minds was a housing voucher and a phone call from a neighbor, ${c.p2.name}, who had stayed through the occupation. "${c.p2.first} said: come back, there is work, the school has reopened," ${c.p1.first} recalls. "That school was the reason."`,
    (c) =>
      `The repairs took ${num(c.n.c)} months and most of the family's savings. Volunteers helped with the roof; a local building firm installed windows paid for by an international charity. ${c.p1.first} did much of the rest alone, learning plastering from online videos.`,
    () =>
      `Not everything could be repaired. Deminers checked the garden twice and still found fragments in the soil. The orchard behind the house is marked with red warning signs, and the children know not to go past them. The family hopes the orchard will be cleared next year.`,
    (c) =>
      `About ${num(c.n.b)} percent of the town's residents have returned, according to local officials. The streets are quieter than before, and many houses still stand empty with their windows covered in plastic. But the bakery has reopened, and on weekends the market fills up.`,
    (c) =>
      `In the evenings, the ${c.p1.last} family sits on the porch that ${c.p1.first} rebuilt from salvaged boards. The sound of artillery still drifts in from the front on some nights, far away but not far enough. "We know it can happen again," ${c.p1.he} says. "But this is our home."`,
  ],
  quotes: [
    (c) => ({
      text: "You can rent an apartment anywhere. You cannot rent the place where your parents are buried",
      name: c.p1.name,
      role: `who returned to ${c.place.name} with ${c.p1.his} family`,
    }),
    (c) => ({
      text: "I stayed through the occupation because someone had to look after the houses. Now they are coming back, one by one",
      name: c.p2.name,
      role: `a neighbor who never left ${c.place.name}`,
    }),
  ],
  headings: [
    "Two suitcases",
    "Photographs on a phone",
    "The reason to return",
    "Starting from the walls",
    "Red signs in the orchard",
    "The town comes back",
    "Home",
  ],
  context: ["reconstruction"],
  photos: [
    (c) => ({
      motif: "sunflower",
      caption: `The ${c.p1.last} family's house in ${c.place.name}, ${c.place.oblast}, on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `${c.p1.name} at home in the rebuilt house in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the share of ${c.place.name}'s residents who have returned. Local officials estimate it at about ${num(c.n.b)} percent.`,
  ],
};

export const HUMAN_TEMPLATES: readonly Template[] = [undergroundSchool, returnHome];
