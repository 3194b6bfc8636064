import { blockquote, bulletList, heading, paragraph } from "../doc.ts";
import { STAFF_PHOTO, dayBefore, figure, related, type Story } from "./story.ts";

/** The day's war news: an attack on Kharkiv, briefs from the south and the border. */

export const KHARKIV_ATTACK: Story = {
  slug: "russian-drones-hit-kharkiv-apartment-blocks-overnight",
  title: "Russian drones hit Kharkiv apartment blocks overnight, injuring 17",
  standfirst:
    "The attack lasted almost four hours. Firefighters worked until dawn in the Saltivka district, where a drone struck the ninth floor of a residential building.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "russia", "kharkiv", "drones", "air-defense"],
  authors: ["taras-bondar"],
  featured: true,
  updatedHoursAfter: 3,
  hero: {
    picture: "night-2",
    caption: (d) =>
      `Searchlights sweep the sky over Kharkiv as air defense units fire at Russian drones overnight into ${d.weekday}, ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      `Russian attack drones struck two apartment blocks and a row of garages in Kharkiv overnight into ${d.weekday}, injuring 17 people, including two children, the regional military administration said. One of the drones hit the ninth floor of a residential building in the Saltivka district shortly after 2 a.m., starting a fire that spread to the two floors above.`,
    ),
    paragraph(
      "Air raid sirens sounded in the city for almost four hours. Residents described hearing the engines of the drones circling before the first explosions, and mobile air defense units firing from rooftops and open ground on the city's northern edge.",
    ),
    blockquote(
      "“We heard it coming for a long time. You lie in the corridor and count. Then the whole building shook, and the lights went out.”",
      "— Nadiia, 64, who lives on the sixth floor and asked that her surname not be published",
    ),
    paragraph(
      "Firefighters evacuated 46 residents from smoke-filled stairwells, the State Emergency Service said. Most of the injured were cut by glass; a 71-year-old man was taken to hospital with burns and is in a serious but stable condition, according to the city's health department.",
    ),
    heading("What we know"),
    bulletList([
      "Russia launched **83 attack drones** and **two ballistic missiles** at Ukraine overnight, the Air Force said; 61 drones were shot down or jammed.",
      "In Kharkiv, drones hit **two apartment blocks** in Saltivka and a **garage cooperative** in the Kyivskyi district.",
      "**17 people** were injured, including two children aged 8 and 13. No deaths have been reported.",
      "Schools in the two districts will hold lessons online on " + d.weekday + ".",
    ]),
    figure(
      {
        picture: "wall-2",
        caption: (d2) =>
          `Shrapnel marks on a garage wall in the Kyivskyi district of Kharkiv on ${d2.text}.`,
        credit: STAFF_PHOTO,
      },
      d,
    ),
    paragraph(
      `By morning, volunteers from a neighborhood association were sweeping glass from the courtyard and handing out plywood and plastic sheeting. The city council said 140 windows had been blown out and that residents could register damage through the state's online services or at a help point set up in a school gymnasium nearby.`,
    ),
    paragraph(
      `Kharkiv, about 30 kilometers from the Russian border, is struck more often than almost any other Ukrainian city. Drones launched from Belgorod Oblast can reach it in minutes, which leaves little time between the first warning and the first impact. It was the third attack on the city since ${dayBefore(d)} of last week.`,
    ),
    related("how-ukraine-decides-what-to-protect-on-a-night-of-mass-attacks"),
    paragraph(
      "Regional officials have again asked residents not to post photos or videos of impact sites or of air defense units at work, warning that such footage helps Russian forces correct their aim.",
    ),
    paragraph(
      "_This story was updated with the number of windows damaged and the condition of the man taken to hospital._",
    ),
  ],
};

export const ZAPORIZHZHIA_BOMBS: Story = {
  slug: "guided-bombs-hit-zaporizhzhia-suburb-two-injured",
  title: "Guided bombs hit suburb of Zaporizhzhia; two injured, houses damaged",
  standfirst:
    "Two glide bombs fell on a residential street on the city's southern edge, regional officials said. It was the second such attack this week.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "russia", "zaporizhzhia", "frontline"],
  authors: ["maksym-tkachuk"],
  hero: {
    picture: "smoke-3",
    caption: (d) =>
      `Smoke rises beyond fields on the southern outskirts of Zaporizhzhia on ${d.text}.`,
    credit: "(Ostap Horbach/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      `Russian aircraft dropped two guided aerial bombs on a suburb on the southern edge of Zaporizhzhia on ${d.weekday} afternoon, injuring a man and a woman and damaging six private houses, the regional military administration said.`,
    ),
    paragraph(
      "Both of the injured were taken to hospital with shrapnel wounds. Rescuers put out a fire in one of the houses and checked the neighboring cellars, where several families had been sheltering.",
    ),
    paragraph(
      "Glide bombs are launched from aircraft flying over Russian-held territory and can strike the city with almost no warning. It was the second such attack on Zaporizhzhia's outskirts this week.",
    ),
  ],
};

export const BORDER_EVACUATION: Story = {
  slug: "families-with-children-ordered-to-leave-three-villages-near-border",
  title: "Families with children ordered to leave three villages near the Russian border",
  standfirst:
    "Regional authorities in Sumy Oblast made the evacuation mandatory after a week of daily shelling. Buses will run for three days.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "children", "humanitarian-aid", "frontline"],
  authors: ["maksym-tkachuk"],
  hero: {
    picture: "field-3",
    caption: (d) =>
      `Fields outside one of the villages near the Russian border in Sumy Oblast on ${d.text}.`,
    credit: "(Dana Kozak/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "The military administration of Sumy Oblast has ordered the mandatory evacuation of families with children from three villages within 10 kilometers of the Russian border, saying that shelling and drone attacks there have become daily.",
    ),
    paragraph(
      "About 40 children still live in the three villages, officials said. Buses will collect families from the village councils for three days and take them to a reception center in Sumy, from where they can travel on to relatives or to free housing offered in western Ukraine.",
    ),
    paragraph(
      "Adults without children are urged, but not required, to leave. Volunteers said many older residents were refusing to go because they did not want to abandon their homes and animals.",
    ),
  ],
};

export const PRISONER_EXCHANGE: Story = {
  slug: "prisoner-exchange-returns-146-ukrainians-including-medics",
  title: "Prisoner exchange returns 146 Ukrainians, including medics captured in 2022",
  standfirst:
    "Among those freed were 12 military medics and four civilians. Families who had waited for years gathered at a hospital in northern Ukraine.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "russia", "prisoners-of-war", "human-rights"],
  authors: ["daria-melnychuk", "hanna-yaremchuk"],
  editorsPick: true,
  correction: {
    kind: "CORRECTION",
    text: "An earlier version of this article said that 16 medics had been freed. The coordination headquarters later corrected its figure to 12.",
    hoursAfter: 5,
  },
  hero: {
    picture: "portrait-0",
    caption: (d) =>
      `A relative of a prisoner of war waits for news at home in Chernihiv Oblast on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      `Ukraine and Russia exchanged prisoners on ${d.weekday}, bringing home 146 Ukrainians, among them 12 military medics captured during the siege of Mariupol in 2022 and four civilians detained in the occupied territories, Ukraine's coordination headquarters for the treatment of prisoners of war said.`,
    ),
    paragraph(
      "The exchange was the first in six weeks. The freed soldiers and civilians crossed the border by bus and were taken to a hospital in northern Ukraine for medical checks, where relatives who had been told only that morning waited outside with flags and photographs.",
    ),
    paragraph(
      "Several of the men were visibly thin and some walked with sticks. Officials said most of those freed would need weeks of treatment and rehabilitation before going home, and that psychologists would work with them and their families.",
    ),
    blockquote(
      "“I recognized him by the way he walks. He has lost so much weight, but the walk is the same.”",
      "— Olha, the mother of a 27-year-old paramedic freed in the exchange",
    ),
    paragraph(
      "The coordination headquarters said it continues to count thousands of Ukrainians in Russian captivity, including civilians whose detention Russia has never acknowledged. Former prisoners have described beatings, hunger and the denial of medical care; independent monitors have repeatedly been refused access to the places where they are held.",
    ),
    paragraph(
      "Relatives of those still held say the weeks between exchanges are the hardest. In Kyiv, Lviv and other cities, families hold weekly gatherings in central squares to keep the names of the missing in public view.",
    ),
  ],
};

export const ODESA_POWER: Story = {
  slug: "power-returns-to-most-of-odesa-after-strike-on-substation",
  title: "Power returns to most of Odesa a day after strike on substation",
  standfirst:
    "Repair crews worked through the night to reconnect homes, hospitals and water pumps. Some districts will have scheduled outages for several more days.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "odesa", "energy", "drones"],
  authors: ["sofia-marchenko"],
  hero: {
    picture: "city-1",
    caption: (d) => `Apartment blocks in Odesa, where power was restored on ${d.text}.`,
    credit: "(Marta Semeniuk/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      `Electricity has been restored to about 90% of homes in Odesa, the regional power company said on ${d.weekday}, a day after a Russian drone strike damaged a substation that supplies much of the city.`,
    ),
    paragraph(
      "Crews worked through the night to reroute lines and bring in a mobile transformer. Hospitals and the city's water pumping stations ran on generators for most of the outage, and the city opened heated tents where residents could charge phones and get hot drinks.",
    ),
    paragraph(
      "The company said scheduled outages of up to four hours would continue in three districts while the damaged equipment is replaced, and asked households to avoid running heavy appliances in the evening.",
    ),
    paragraph(
      "Russia has struck Ukraine's energy system repeatedly since the autumn of 2022. Energy companies have since built concrete and earth shelters around key substations, which officials say limit the damage from drones but cannot stop a direct hit by a missile.",
    ),
    related("the-night-shift-on-the-power-lines"),
  ],
};

export const SLOVIANSK_RAIL: Story = {
  slug: "rail-service-to-sloviansk-resumes-after-overnight-track-repairs",
  title: "Rail service to Sloviansk resumes after overnight repairs to damaged track",
  standfirst:
    "A drone hit the line east of Barvinkove, stranding two passenger trains for several hours. Engineers replaced 60 meters of rail by morning.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "donetsk-oblast", "drones"],
  authors: ["daria-melnychuk"],
  hero: {
    picture: "train-0",
    caption: (d) => `The repaired rail line east of Barvinkove on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      `Passenger trains are running to Sloviansk again after railway engineers replaced a damaged section of track east of Barvinkove overnight into ${d.weekday}, the state railway said.`,
    ),
    paragraph(
      "A Russian drone struck the line on the previous evening, bending the rails and damaging a signal cabinet. No one was hurt. Two passenger trains waited at nearby stations for about five hours, and passengers were given water and food by station staff.",
    ),
    paragraph(
      "The railway remains the main way civilians leave and reach the towns of Donetsk Oblast that are still under Ukrainian control. Repair teams are stationed along the line so that damage can be fixed within hours, often at night, when drones are harder to avoid but the line is quieter.",
    ),
  ],
};

export const OVERNIGHT_BRIEF: Story = {
  slug: "air-force-says-most-of-64-drones-launched-overnight-were-shot-down",
  title: "Air Force says most of 64 drones launched overnight were shot down",
  standfirst:
    "Debris fell on a warehouse in Kyiv Oblast and a field in Poltava Oblast. There were no reports of injuries.",
  type: "NEWS",
  section: "war",
  tags: ["ukraine", "air-defense", "drones"],
  authors: ["maksym-tkachuk"],
  hero: {
    picture: "night-1",
    caption: (d) => `Tracer fire over Kyiv Oblast during an air raid alert on ${d.text}.`,
    credit: "(Lev Antoniuk/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "Russia launched 64 attack drones at Ukraine overnight, and air defense units shot down or jammed 52 of them, the Air Force said in its morning summary. Debris damaged the roof of a warehouse in Kyiv Oblast and started a small grass fire in Poltava Oblast. No injuries were reported.",
    ),
  ],
};
