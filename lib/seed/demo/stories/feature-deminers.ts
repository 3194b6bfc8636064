import { blockquote, bulletList, heading, paragraph, pullQuote } from "../doc.ts";
import { STAFF_PHOTO, figure, related, type Story } from "./story.ts";

/** A long field report: a mine-clearing team in the fields of Kharkiv Oblast. */

export const DEMINERS: Story = {
  slug: "one-meter-at-a-time-with-the-deminers-of-kharkiv-oblast",
  title: "One meter at a time: a week with the deminers clearing the fields of Kharkiv Oblast",
  standfirst:
    "A team of nine, most of them former farmers and teachers, clears land that families need to plant. Their pace is measured in square meters, and their margin for error is zero.",
  type: "FEATURE",
  section: "field-report",
  tags: ["ukraine", "kharkiv", "reconstruction", "frontline"],
  authors: ["daria-melnychuk", "oksana-hrytsenko"],
  editorsPick: true,
  hero: {
    picture: "field-2",
    caption: (d) =>
      `A field marked for clearance near the village of Hrakove in Kharkiv Oblast on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      "The field begins where the asphalt ends. From the road it looks like any other field in the east of Kharkiv Oblast: a wide, pale stretch of stubble running to a line of poplars, a power line on wooden poles, a ruined tractor shed in the distance. The only hint that anything is wrong is a row of red signs on thin stakes, each showing a white skull and the word МІНИ — mines.",
    ),
    paragraph(
      "At 7:30 in the morning, Serhiy, the team leader, walks the edge of the field with a tablet, checking the boundaries of the area his team will work on that day against the survey map. Behind him, eight deminers in blue body armor and visors unload metal detectors, marking tape and rolls of stakes from two pickups. Nobody talks much. It is too early, and the work has not started yet, and when it starts there will be less talking still.",
    ),
    paragraph(
      "This team, one of several working for a humanitarian demining organization in the region, has been clearing this field for 19 days. By the end of the week it expects to hand back 4.6 hectares to the farming cooperative that owns it, enough for the cooperative to plant in the next season. The rest of the field, another 30 hectares, will take until the end of the year.",
    ),
    heading("Former farmers, former teachers"),
    paragraph(
      "Serhiy, who is 44, was an agronomist before the war. He grew up in a village twenty kilometers from here and knows the soil by its color. Of the eight people on his team, two worked in agriculture, one was a primary school teacher, one a dentist's assistant, one a bus driver, and three were students who left university when the invasion began. Four are women.",
    ),
    paragraph(
      "All of them went through eight weeks of training, followed by months of supervised work before they were trusted with a detector on their own. They are paid better than they would be in most jobs in the region, but not by as much as people imagine, and none of them says they do it for the money.",
    ),
    blockquote(
      "“I used to teach eight-year-olds to read. Now I make sure other eight-year-olds can run across a field without thinking about it. It is not so different.”",
      "— Kateryna, 31, a deminer on the team",
    ),
    heading("How a field is cleared"),
    paragraph(
      "The area is divided into lanes one meter wide, marked with tape and stakes. Each deminer works a lane alone, moving forward in steps of about twenty centimeters, sweeping the detector from side to side. When it sounds, the deminer kneels, marks the spot and starts to excavate, slowly, with a small trowel and brushes, approaching from the side rather than from above. Most of the signals are not mines: shell fragments, bullet casings, bolts from farm machinery, a tin can. Every one is treated as if it were.",
    ),
    bulletList([
      "**Survey**: teams talk to residents, farmers and soldiers, and study satellite images, to find where mines were laid.",
      "**Marking**: suspected areas are fenced with warning signs and recorded on a shared national map.",
      "**Clearance**: lane by lane, with detectors, sometimes with armored machines that till the top layer of soil.",
      "**Handover**: after quality checks, the land is returned to its owner with a certificate.",
    ]),
    paragraph(
      "On a good day, a deminer clears perhaps 50 to 80 square meters. On a day with many signals, far less. Serhiy says the temptation to speed up is the greatest danger: “Nobody gets hurt on the day they are careful. They get hurt on the day they are sure.”",
    ),
    pullQuote(
      "Nobody gets hurt on the day they are careful. They get hurt on the day they are sure.",
      "Serhiy, the team leader",
    ),
    figure(
      {
        picture: "field-3",
        caption: (d2) =>
          `Tracks left by a demining machine at the edge of a cleared section near Hrakove on ${d2.text}.`,
        credit: STAFF_PHOTO,
      },
      d,
    ),
    heading("A day measured in lanes"),
    paragraph(
      "The team's day follows a routine that does not change. A briefing at the vehicles, where Serhiy goes through the plan, the lanes and the nearest route to the hospital. A check of every detector against a test piece buried at the edge of the site. Work in shifts of fifty minutes with ten-minute breaks, because concentration fades faster than people expect, and a tired deminer is a dangerous one. Lunch in the shade of the pickups, at a safe distance from the lanes: bread, sausage, tomatoes, tea from a thermos.",
    ),
    paragraph(
      "One member of the team is always a medic, and an ambulance-equipped vehicle is parked at the site with its engine facing the road. The team has practiced the evacuation so often that it takes them under two minutes to load a stretcher. In nineteen days here, they have not needed to.",
    ),
    paragraph(
      "Talk during the breaks is mostly about other things: children, football, a series everyone is watching, the price of petrol. Kateryna, the former teacher, says the team has a rule never to discuss accidents they have heard about on other sites during the working day. “We read about them in the evening,” she said. “In the field, you keep your head clean.”",
    ),
    heading("What the ground holds"),
    paragraph(
      "The front line passed through this area twice: once in the spring of 2022, when Russian forces advanced towards Izium, and again in the autumn of that year, when Ukrainian forces pushed them back. Both armies laid mines to protect their positions, and both left behind unexploded shells, rockets and grenades. In the tree lines around the field, the team has found anti-personnel mines scattered from rockets, some of them small enough to fit in a child's palm.",
    ),
    paragraph(
      "On the third day of our visit, a detector sounds near the poplars at about eleven in the morning. The deminer, a former bus driver named Ihor, raises his hand and steps back along his lane. Serhiy walks over, looks, and calls the team's explosives specialist. Under a few centimeters of soil lies an anti-tank mine, its casing rusted but intact. Nobody touches it. The area is cleared of people to a distance of several hundred meters, and in the afternoon the mine is destroyed in place with a small charge. The explosion rolls across the field and sends a flock of crows into the air.",
    ),
    paragraph("Then the team goes back to work."),
    heading("The farmers who wait"),
    paragraph(
      "The cooperative that owns the field employs 23 people from the nearby village. Its chairman, a heavy, soft-spoken man in his sixties named Vasyl, visits the team most afternoons. Before the war, the cooperative farmed 1,100 hectares of wheat, sunflower and corn. This year it planted 300, the only land it was sure was safe.",
    ),
    paragraph(
      "Last spring, a tractor driver from a neighboring farm was killed when his tractor hit a mine in a field that had been declared clear by its owner, who had checked it himself with a borrowed detector. Since then, Vasyl says, nobody in the village takes chances. “We wait for the deminers,” he said. “It is slow. But a harvest one year later is better than a funeral this year.”",
    ),
    blockquote(
      "“My grandfather cleared this land of stones by hand. Now these young people are clearing it of iron. I don't know how to thank them.”",
      "— Vasyl, chairman of the farming cooperative",
    ),
    related("rebuilding-should-start-with-the-boring-things"),
    heading("The scale of the task"),
    paragraph(
      "Ukraine's government has said that a large share of the country's territory may be contaminated by mines and unexploded ordnance, much of it farmland in the east and south. International organizations estimate that clearing it all will take decades and cost tens of billions of dollars. The number of certified demining teams has grown several times since 2022, and Ukrainian companies now build demining machines and detectors of their own, but the area waiting to be surveyed is still measured in thousands of square kilometers.",
    ),
    paragraph(
      "Serhiy does not think in those numbers. He thinks in lanes. At the end of each day, he photographs the day's cleared area on his tablet and sends the coordinates to the national database. At the end of each week, he walks the cleared land himself, end to end, before he signs the paperwork.",
    ),
    paragraph(
      "On our last afternoon, the team finished the final lane of the 4.6 hectares. There was no ceremony. Kateryna pulled up the last stake, Ihor rolled the tape, and somebody opened a bag of apples that Vasyl had left on the pickup's hood. The sun was low over the poplars.",
    ),
    paragraph(
      "“Next week,” Serhiy said, pointing to the next section of the field, beyond the red signs. “Another one.”",
    ),
    paragraph(
      "_Surnames of the people in this story are withheld at their request. Never touch a suspicious object; mark the place and call the emergency number 101._",
    ),
  ],
};
