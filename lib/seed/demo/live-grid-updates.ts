import type { DemoLiveUpdate } from "./live-blogs.ts";

/**
 * The live demo's stream, newest last in writing order (times count down
 * from the start of coverage 24 hours before the seed to a few minutes
 * before it). Invented people, real geography; written for this project.
 */
const M = "maksym-tkachuk";
const D = "daria-melnychuk";
const L = "larysa-horbenko";
const R = "roman-kulyk";

export const LIVE_GRID_UPDATES: DemoLiveUpdate[] = [
  {
    minutesAgo: 1430,
    author: M,
    title: "Air raid alert across the country",
    text: [
      "An air raid alert is in force in every region. The air force reports groups of attack drones approaching from the north-east and the south, and warns of possible missile launches.",
    ],
  },
  {
    minutesAgo: 1405,
    author: M,
    text: [
      "Explosions are heard in Kharkiv, according to the mayor. He asks residents to stay in shelters until the alert is over.",
    ],
  },
  {
    minutesAgo: 1380,
    author: D,
    text: [
      "The air force says strategic bombers have taken off from an airfield deep inside Russia. Cruise missiles could reach their targets within two to three hours.",
    ],
  },
  {
    minutesAgo: 1352,
    author: M,
    title: "Power cut in parts of Kharkiv",
    text: [
      "Part of Kharkiv's left bank has lost power after a strike on an energy site, the regional administration says. Trolleybuses have stopped on three routes.",
    ],
  },
  {
    minutesAgo: 1318,
    author: D,
    text: [
      "Drones are reported over Poltava Oblast, heading west. Mobile fire groups are working in the area, the regional administration says.",
    ],
  },
  {
    minutesAgo: 1290,
    author: R,
    text: [
      "In Odesa, the city's military administration reports debris from a downed drone falling on a parking lot. No one was hurt; several cars caught fire.",
    ],
    image: { key: "smoke-0", caption: "Smoke over the port district of Odesa before dawn." },
  },
  {
    minutesAgo: 1262,
    author: M,
    title: "Missiles launched",
    text: [
      "The air force confirms cruise missile launches and asks everyone to stay in shelters. Ballistic missiles have also been fired at the south.",
    ],
  },
  {
    minutesAgo: 1240,
    author: D,
    text: [
      "Explosions in Kyiv. Air defense is working over the left bank, the city military administration says.",
    ],
  },
  {
    minutesAgo: 1221,
    author: R,
    text: [
      "Zaporizhzhia: the regional governor reports a strike on critical infrastructure in the city and asks residents to stock up on water while pumping stations run on generators.",
    ],
  },
  {
    minutesAgo: 1190,
    author: M,
    title: "Emergency outages announced",
    text: [
      "The national grid operator has ordered emergency outages in Kyiv, Kharkiv, Poltava and Dnipropetrovsk oblasts to stabilise the system. They are not the usual schedules and may last several hours.",
    ],
  },
  {
    minutesAgo: 1160,
    author: D,
    text: [
      "The alert is over in Kyiv and most central regions. Drones are still reported in the south and east.",
    ],
  },
  {
    minutesAgo: 1120,
    author: L,
    text: [
      "In Dnipro, rescuers are at a residential building where a window frame and balconies were torn off by a blast wave. Two people have been taken to hospital with cuts from glass.",
    ],
    image: {
      key: "wall-1",
      caption: "A damaged building front in Dnipro after the night's attack.",
    },
  },
  {
    minutesAgo: 1085,
    author: M,
    title: "What the air force says it shot down",
    text: [
      "The air force says it shot down most of the attack drones and a large share of the cruise missiles. It does not yet say how many missiles reached their targets.",
      "Figures like these are preliminary and are often revised during the day.",
    ],
  },
  {
    minutesAgo: 1050,
    author: R,
    text: [
      "Rail operator: several trains in the east are running late after the power cuts. Diesel locomotives have been sent to pull electric trains on two lines.",
    ],
    image: {
      key: "train-1",
      caption:
        "A diesel locomotive at a station in the east, brought in to haul an electric train.",
    },
  },
  {
    minutesAgo: 1010,
    author: D,
    text: [
      "The energy ministry says thermal and hydroelectric plants were among the targets. Engineers cannot yet reach one of the sites because of the risk of a second strike.",
    ],
  },
  {
    minutesAgo: 975,
    author: L,
    title: "Heating points open",
    text: [
      "Heating points are open in schools and libraries in Kharkiv and Poltava, with hot drinks, electricity to charge phones and internet access. The city councils publish the addresses on their official channels.",
    ],
  },
  {
    minutesAgo: 930,
    author: M,
    text: [
      "The grid operator says imports of electricity from neighbouring countries have been raised to the maximum the lines can take.",
    ],
  },
  {
    minutesAgo: 890,
    author: R,
    text: [
      "In Kharkiv, the metro is running again after power to the line was restored. Surface transport on the left bank is still stopped.",
    ],
  },
  {
    minutesAgo: 845,
    author: D,
    title: "Outage schedules for tomorrow",
    text: [
      "Regional power companies in three regions will publish schedules for tomorrow this evening. Households should expect up to eight hours without power, in blocks of two to four hours.",
    ],
  },
  {
    minutesAgo: 800,
    author: L,
    text: [
      "Hospitals in the affected cities are working on backup generators. The health ministry says no patient has had to be moved because of the outages.",
    ],
    image: { key: "city-2", caption: "A hospital courtyard in Poltava, its generator running." },
  },
  {
    minutesAgo: 760,
    author: M,
    text: [
      "Water supply has been restored in most districts of Zaporizhzhia, the regional governor says. Pressure will be low on the upper floors until this evening.",
    ],
  },
  {
    minutesAgo: 710,
    author: D,
    title: "Crews at work",
    text: [
      "Repair crews have started work at two of the damaged substations. The grid operator says it is too early to say when the schedules will end.",
      "“We rebuild, they hit again, we rebuild again,” a team leader in the east told our reporter by phone. “The difference is the spare parts. Every winter there are fewer.”",
    ],
  },
  {
    minutesAgo: 665,
    author: R,
    text: [
      "Mobile networks in parts of Kharkiv Oblast are unstable because base stations are running out of battery. Operators say they are bringing in generators.",
    ],
  },
  {
    minutesAgo: 620,
    author: M,
    text: [
      "The foreign ministry says it has asked partners for more air defense systems and for the missiles to go with them, calling the night's attack one of the largest on the energy system this season.",
    ],
  },
  {
    minutesAgo: 575,
    author: L,
    text: [
      "Kyiv's city military administration says the schedules in the capital will be lifted this afternoon if nothing else breaks. Emergency outages on the left bank are over.",
    ],
  },
  {
    minutesAgo: 530,
    author: D,
    title: "Schools switch to distance learning in part of Kharkiv",
    text: [
      "Schools in two districts of Kharkiv will teach online tomorrow; classes will be held in the buildings that have shelters with power.",
    ],
  },
  {
    minutesAgo: 480,
    author: R,
    text: [
      "Businesses in Poltava say they have moved shifts to the hours with power. A bakery owner said the ovens now run at night, when the schedule lets them.",
    ],
    image: { key: "snow-0", caption: "A street in Poltava in the afternoon, shop windows dark." },
  },
  {
    minutesAgo: 430,
    author: M,
    text: [
      "The grid operator reports that consumption has fallen by about a tenth compared with yesterday as people save power. It thanks households and asks them to keep heavy appliances off in the evening peak.",
    ],
  },
  {
    minutesAgo: 385,
    author: L,
    title: "Volunteers bring generators",
    text: [
      "Volunteers in Dnipro are delivering small generators and power banks to older people who live alone in high-rise blocks, where lifts stop when the power is off.",
    ],
  },
  {
    minutesAgo: 340,
    author: D,
    text: [
      "An air raid alert is declared in the east again. The air force reports reconnaissance drones over Sumy Oblast.",
    ],
  },
  {
    minutesAgo: 310,
    author: R,
    text: ["The alert in the east is over. No strikes were reported."],
  },
  {
    minutesAgo: 270,
    author: M,
    title: "Evening schedules published",
    text: [
      "Power companies in Kharkiv, Poltava and Dnipropetrovsk oblasts have published tomorrow's outage schedules. Each address falls into one of six groups; the groups are listed on the companies' sites and in their apps.",
    ],
  },
  {
    minutesAgo: 225,
    author: L,
    text: [
      "In Kharkiv, heating points had more than four thousand visits today, the city council says. Most were families charging phones and children doing homework.",
    ],
  },
  {
    minutesAgo: 180,
    author: D,
    text: [
      "Repair crews have restored one of the two damaged substations in the east, the grid operator says. The second needs a transformer that has to be brought from another region.",
    ],
    image: {
      key: "field-1",
      caption: "Power lines across fields in the east, where crews are restoring a substation.",
    },
  },
  {
    minutesAgo: 140,
    author: R,
    text: ["Trains on both eastern lines are running to schedule again, the rail operator says."],
  },
  {
    minutesAgo: 105,
    author: M,
    title: "What we know tonight",
    pinned: true,
    text: [
      "Strikes overnight hit energy sites in at least five regions. Power has been restored to most homes in Kyiv and Zaporizhzhia; scheduled outages continue in Kharkiv, Poltava and Dnipropetrovsk oblasts tomorrow.",
      "Two people were hurt in Dnipro. Heating points are open in the affected cities. We will keep this page updated through the night.",
    ],
  },
  {
    minutesAgo: 70,
    author: L,
    text: [
      "Kyiv: the city says the capital's outage schedules will not apply tomorrow. The grid remains under strain and the city asks people to save power in the evening.",
    ],
  },
  {
    minutesAgo: 45,
    author: D,
    text: [
      "The air force warns of possible drone launches tonight from the south. Stay near shelter and follow official alerts.",
    ],
  },
  {
    minutesAgo: 22,
    author: R,
    text: [
      "Odesa's city council says the parking lot fire from this morning's debris is fully out and the street has reopened.",
    ],
  },
  {
    minutesAgo: 8,
    author: M,
    text: [
      "We are continuing to follow the situation. The next outage schedules come into force at midnight.",
    ],
  },
];
