import { blockquote, bulletList, heading, paragraph } from "../doc.ts";
import { STAFF_PHOTO, figure, type Story } from "./story.ts";

/** National news: a law, the ports, a bridge, a theater, a city after dark. */

export const COMPENSATION_BILL: Story = {
  slug: "parliament-backs-bill-to-speed-up-compensation-for-destroyed-homes",
  title: "Parliament backs bill to speed up compensation for destroyed homes",
  standfirst:
    "Inspection commissions will have 30 days to assess damaged property, and owners can hire their own engineer if the deadline is missed.",
  type: "NEWS",
  section: "national",
  tags: ["ukraine", "reconstruction", "economy"],
  authors: ["iryna-kovalchuk"],
  hero: {
    picture: "documents-0",
    caption: (d) =>
      `Documents submitted with a compensation claim, photographed at a legal aid office in Kyiv on ${d.text}.`,
    credit: "(Iryna Palii/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      `Parliament on ${d.weekday} approved a bill meant to shorten the wait for compensation for homes damaged or destroyed in the war, setting a legal deadline for inspections that families say can now take more than a year.`,
    ),
    paragraph(
      "The bill passed with 284 votes in the 450-seat chamber. It gives municipal inspection commissions 30 days to assess a property after the owner reports the damage. If a commission misses the deadline, the owner may hire a licensed private engineer, whose report the state must accept; the fee will be refunded from the compensation fund.",
    ),
    paragraph(
      "The bill also allows housing certificates, the vouchers given to owners of destroyed homes, to be spent on apartments in buildings that are still under construction, a change that developers and regional officials had requested for two years.",
    ),
    blockquote(
      "“People are not asking for favors. They are asking for an answer within a reasonable time,” said one of the bill's co-authors, a lawmaker from Chernihiv Oblast, during the debate.",
    ),
    heading("What the bill changes"),
    bulletList([
      "A **30-day deadline** for inspections of damaged and destroyed homes",
      "The right to a **private engineer's assessment** when the deadline is missed",
      "Housing certificates usable for **homes under construction**",
      "A monthly public report on applications and payments, by oblast",
    ]),
    paragraph(
      "Anti-corruption groups welcomed the monthly reports but warned that private assessments would need close auditing to prevent inflated claims. The bill now goes to the president for signature and would take effect two months after publication.",
    ),
  ],
};

export const GRAIN_EXPORTS: Story = {
  slug: "grain-shipments-through-odesa-ports-reach-wartime-high",
  title: "Grain shipments through Odesa's ports reach their highest level since 2022",
  standfirst:
    "Traders credit the coastal shipping corridor and cheaper insurance. Port workers say attacks on terminals remain the biggest risk.",
  type: "NEWS",
  section: "national",
  tags: ["ukraine", "odesa", "black-sea", "economy"],
  authors: ["sofia-marchenko"],
  hero: {
    picture: "harbor-0",
    caption: (d) => `Cranes at a grain terminal near Odesa on ${d.text}.`,
    credit: "(Marta Semeniuk/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      `Ukraine's Black Sea ports shipped 5.8 million tons of grain and oilseeds last month, the highest monthly total since the full-scale invasion began, according to figures published on ${d.weekday} by an association of grain traders.`,
    ),
    paragraph(
      "Ships now use a corridor that runs close to the coast of Odesa Oblast and then through the territorial waters of NATO members to the Bosporus. Traders said insurance premiums for the route had fallen by about a third over the year, as attacks on ships at sea became rarer.",
    ),
    paragraph(
      "Port operators said the main danger had moved ashore. Russian drones and missiles regularly hit grain terminals, silos and port infrastructure, and one terminal in Izmail has been rebuilt three times. Workers shelter in concrete bunkers on the quays during alerts and return to loading as soon as they end.",
    ),
    paragraph(
      "Agricultural exports are one of the largest sources of foreign currency for Ukraine's economy and for the state budget. Economists said the strong shipments would help support the hryvnia through the winter months.",
    ),
  ],
};

export const DESNA_BRIDGE: Story = {
  slug: "rebuilt-bridge-over-the-desna-reconnects-villages-cut-off-since-2022",
  title: "Rebuilt bridge over the Desna reconnects villages cut off since 2022",
  standfirst:
    "The bridge was blown up in the first weeks of the full-scale invasion. For three years, residents crossed by a pontoon or drove 60 kilometers around.",
  type: "NEWS",
  section: "national",
  tags: ["ukraine", "reconstruction"],
  authors: ["hanna-yaremchuk"],
  hero: {
    picture: "river-2",
    caption: (d) => `The Desna river near the rebuilt bridge in Chernihiv Oblast on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      `A rebuilt road bridge over the Desna river in Chernihiv Oblast opened to traffic on ${d.weekday}, reconnecting a cluster of villages on the river's left bank with the district's hospital, schools and markets for the first time since 2022.`,
    ),
    paragraph(
      "Ukrainian forces destroyed the old bridge in the first weeks of the full-scale invasion to slow the Russian advance on Kyiv. Since then, residents have crossed on a pontoon ferry that stopped running whenever the river flooded or froze, or driven 60 kilometers around through the next crossing.",
    ),
    figure(
      {
        picture: "river-0",
        caption: (d2) => `Reeds along the Desna upstream of the new bridge on ${d2.text}.`,
        credit: STAFF_PHOTO,
      },
      d,
    ),
    paragraph(
      "The new bridge, 240 meters long, was built in 14 months with money from the state road fund and a grant from a European development bank. The regional administration said the contract had been published in full in the open procurement system and audited twice during construction.",
    ),
    paragraph(
      "At the opening, a school bus was the first vehicle to cross. “For three years my children left home at six to catch the ferry,” said Oksana, a mother of two from the left bank. “Tomorrow they can sleep until seven.”",
    ),
  ],
};

export const LVIV_NIGHT_BUSES: Story = {
  slug: "lviv-adds-night-buses-for-shift-workers-during-curfew-hours",
  title: "Lviv adds night buses for hospital and factory workers during curfew hours",
  standfirst:
    "Four routes will run between midnight and 5 a.m. for people with work permits. Passengers must show a pass from their employer.",
  type: "NEWS",
  section: "national",
  tags: ["ukraine", "economy"],
  authors: ["iryna-kovalchuk"],
  hero: {
    picture: "rain-1",
    caption: (d) => `A street in central Lviv on a rainy evening on ${d.text}.`,
    credit: "(Lev Antoniuk/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "Lviv will run four night bus routes during curfew hours for hospital staff, factory shift workers and others whose jobs require them to travel at night, the city council said. The buses will run between midnight and 5 a.m., and passengers must show a pass issued by their employer.",
    ),
    paragraph(
      "Until now, many night-shift workers relied on taxis with special permits or on employers' minibuses. The city said the routes would link the main hospitals, two industrial districts and the railway station, and would pause during air raid alerts.",
    ),
  ],
};

export const KHARKIV_THEATER: Story = {
  slug: "kharkiv-puppet-theater-opens-a-stage-in-its-basement",
  title: "Kharkiv puppet theater opens a stage in its basement, out of reach of drones",
  standfirst:
    "The company has played in metro stations and shelters since 2022. Its new underground hall seats 120 and can keep performing through an alert.",
  type: "NEWS",
  section: "national",
  tags: ["ukraine", "kharkiv", "culture", "children"],
  authors: ["taras-bondar"],
  hero: {
    picture: "wall-3",
    caption: (d) =>
      `A shrapnel-marked wall outside the puppet theater in central Kharkiv on ${d.text}.`,
    credit: "(Taras Bondar/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "A puppet theater in central Kharkiv has opened a 120-seat stage in its reinforced basement, allowing it to keep performing for children during air raid alerts instead of stopping the show and leading the audience downstairs.",
    ),
    paragraph(
      "Since 2022, the company has performed in metro stations, school shelters and hospital wards. Its director said the new hall, built with money from donors and the city, had ventilation, backup power and two exits, and had been checked by the emergency service.",
    ),
    paragraph(
      "The first performance, a fairy tale about a fox who builds a house, was sold out within an hour.",
    ),
  ],
};
