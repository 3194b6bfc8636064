import { blockquote, heading, paragraph, pullQuote } from "../doc.ts";
import { STAFF_PHOTO, figure, type Story } from "./story.ts";

/** Shorter features: a choir in a shelter, a workshop that mends drones. */

export const CHOIR: Story = {
  slug: "a-choir-that-rehearses-three-floors-underground",
  title: "A choir that rehearses three floors underground, and sings through the alerts",
  standfirst:
    "Thirty-one singers, from a schoolgirl to a retired welder, meet twice a week in a Dnipro bomb shelter. They started to keep each other company. Now they tour hospitals.",
  type: "FEATURE",
  section: "human-story",
  tags: ["ukraine", "culture"],
  authors: ["hanna-yaremchuk"],
  hero: {
    picture: "portrait-4",
    caption: (d) =>
      `A member of the choir on her way to a rehearsal in Dnipro on the evening of ${d.text}.`,
    credit: "(Ostap Horbach/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "The stairs go down three floors beneath a former bread factory on the left bank of Dnipro. At the bottom, past a steel door and a row of bunk beds, 31 people stand in a half circle on a concrete floor, holding sheets of music in plastic sleeves. The conductor raises her hand. The air raid siren upstairs is silent down here; the only sound is the hum of a ventilation fan, and then, on her signal, a chord.",
    ),
    paragraph(
      "The choir began in the autumn of 2022, when residents of the surrounding blocks spent long nights in the shelter during attacks. A music teacher who lived on the fifth floor of one of the buildings suggested they sing to pass the time. Eleven people joined the first evening. Most of them had never sung in a choir before.",
    ),
    blockquote(
      "“The first time, we sang so badly that we laughed until we cried. That was the point. For an hour, nobody listened to the explosions.”",
      "— Larysa, the conductor, who taught music at a local school for 26 years",
    ),
    paragraph(
      "Now the choir rehearses twice a week whether there is an alert or not. Its youngest member is 14, a schoolgirl who comes with her grandmother; its oldest is 81, a retired welder with a bass voice that fills the concrete room. There is a nurse, two engineers, a bus driver, a veterinarian and a soldier's wife whose husband has been missing since 2023 and who, she says, sings “so that he can hear me, wherever he is.”",
    ),
    pullQuote("I sing so that he can hear me, wherever he is.", "A member of the choir"),
    heading("From the shelter to the wards"),
    paragraph(
      "Last year, the choir was invited to sing for wounded soldiers at a military hospital. It now performs there once a month, and at a rehabilitation center and a home for elderly people displaced from the front-line towns. The repertoire is mostly Ukrainian folk songs and a few church pieces, with one pop song that the soldiers request every time and that Larysa pretends to dislike.",
    ),
    paragraph(
      "The choir has no budget. Members print the music at their own expense and a local bakery sends pastries to rehearsals. When an attack damaged the windows of two members' apartments in the spring, the others came with plywood and tools the next morning.",
    ),
    paragraph(
      "“People think we are a choir,” Larysa said as the singers climbed the stairs after rehearsal, into the evening and the rain. “We are a family that happens to sing.”",
    ),
  ],
};

export const DRONE_WORKSHOP: Story = {
  slug: "where-broken-drones-go-a-repair-workshop-behind-the-front",
  title: "Where broken drones go: inside a repair workshop behind the front",
  standfirst:
    "In a former car repair garage, volunteers and soldiers fix hundreds of reconnaissance and attack drones a month. The work is fiddly, urgent and never finished.",
  type: "FEATURE",
  section: "field-report",
  tags: ["ukraine", "drones", "frontline", "donetsk-oblast"],
  authors: ["andriy-levchenko", "oksana-hrytsenko"],
  hero: {
    picture: "documents-2",
    caption: (d) =>
      `The workshop's repair log and parts lists on a workbench in Donetsk Oblast on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      "The drones arrive in cardboard boxes, plastic crates and, once, a child's school backpack. Some have a broken propeller arm or a cracked camera mount. Some have been caught in the blast of their own target and come back as a handful of wires. All of them are logged in a school exercise book on the workbench by the door: the date, the unit, the model, the fault.",
    ),
    paragraph(
      "The workshop, in a former car repair garage in a town in Donetsk Oblast whose name we agreed not to publish, repairs between 300 and 400 drones a month for units fighting within 30 kilometers. It is run by a soldier who was an electronics engineer before the war and staffed by four soldiers on rotation and three civilian volunteers, one of them a 67-year-old retired radio technician.",
    ),
    heading("A drone is a consumable, until it is not"),
    paragraph(
      "First-person-view attack drones are meant to be used once. But many of them return: the target moved, the signal was jammed, the battery ran out before the strike. Reconnaissance drones, which cost far more, are expected to fly for weeks. Getting either back into the air quickly is cheaper than buying new ones, and faster than waiting for a delivery.",
    ),
    paragraph(
      "“Every drone we fix is one that a unit does not have to wait for,” said the workshop's commander, who asked to be identified only by his call sign, Fizyk. “The front does not wait for logistics.”",
    ),
    pullQuote("The front does not wait for logistics.", "Fizyk, the workshop's commander"),
    figure(
      {
        picture: "wall-0",
        caption: (d2) =>
          `The outer wall of the garage that houses the workshop, damaged by shelling, on ${d2.text}.`,
        credit: STAFF_PHOTO,
      },
      d,
    ),
    heading("The jamming race"),
    paragraph(
      "Much of the workshop's time goes not on repairs but on changes. When Russian electronic warfare starts to jam a frequency, drones that used it become useless within days. The team reprograms radios, swaps antennas and fits new receivers, sometimes on a hundred drones in a week. Fizyk keeps a whiteboard of which frequencies are working in which sector, updated from reports that units send back each evening.",
    ),
    paragraph(
      "Spare parts are the constant problem. Motors, cameras and flight controllers come from suppliers in Ukraine and abroad, bought with money from the units, from volunteers and from crowdfunding campaigns. The retired radio technician, Mykola, has become the workshop's expert at salvaging parts from drones beyond repair. His bench is covered with small plastic boxes of screws, sorted by size.",
    ),
    blockquote(
      "“In 1975 I repaired televisions. The principle is the same. Only now, if I make a mistake, someone at the front pays for it.”",
      "— Mykola, 67, a volunteer at the workshop",
    ),
    paragraph(
      "The garage has been shelled twice. After the second time, the team moved the soldering stations to the inspection pit, where the walls are concrete and the windows are below ground. They work there by the light of desk lamps, under a ceiling hung with drones waiting to be collected, labeled with the names of their units in marker pen.",
    ),
  ],
};
