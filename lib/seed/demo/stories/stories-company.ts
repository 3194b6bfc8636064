import { bulletList, heading, paragraph } from "../doc.ts";
import type { Story } from "./story.ts";

/** Company news: the newsroom talking about itself, plainly. */

export const ODESA_BUREAU: Story = {
  slug: "the-northern-dispatch-opens-a-bureau-in-odesa",
  title: "The Northern Dispatch opens a bureau in Odesa to cover the south and the Black Sea",
  standfirst:
    "Two reporters and a photographer will cover the ports, the front along the Dnipro and the towns of Mykolaiv and Kherson oblasts. Here is why, and how members made it possible.",
  type: "NEWS",
  section: "company-news",
  tags: ["odesa", "black-sea", "kherson"],
  authors: ["larysa-horbenko"],
  hero: {
    picture: "harbor-0",
    caption: (d) => `The port of Odesa at sunset on ${d.text}.`,
    credit: "(Marta Semeniuk/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "This month The Northern Dispatch opens its first bureau outside Kyiv and Kharkiv, in Odesa. Two reporters and a photographer will be based there full time, covering the Black Sea ports and shipping, the front line along the Dnipro, and the towns and villages of Mykolaiv and Kherson oblasts.",
    ),
    paragraph(
      "For three years we have covered the south by sending reporters from Kyiv for a week at a time. It worked, but it meant we arrived after things happened and left before we understood them. A bureau lets us stay: to know the harbor pilots and the village heads, to notice what changes from month to month, and to be there within an hour when something happens.",
    ),
    heading("Who is on the team"),
    paragraph(
      "The bureau will be led by a reporter who grew up in Izmail and has covered the ports for a regional newspaper for eight years. She is joined by a former radio journalist from Mykolaiv and by a photographer who has worked along the Dnipro since the liberation of Kherson. We will introduce them properly on our [team page](/team) in the coming weeks.",
    ),
    heading("Who paid for it"),
    paragraph(
      "The bureau is funded by our members. Last year, more than 4,000 readers joined or raised their monthly contribution during our autumn campaign, and we promised to spend the money on reporting from places we could not cover well. This is that promise kept. We take no money from political parties or from companies we cover.",
    ),
    bulletList([
      "Story ideas from the south: odesa@example.com",
      "Secure tips: see our [contacts page](/contacts)",
      "Become a member: [join here](/membership)",
    ]),
    paragraph("Thank you for reading, and for making this possible."),
  ],
};

export const WITHHELD_NAMES: Story = {
  slug: "why-we-sometimes-withhold-the-names-of-people-we-quote",
  title: "Why we sometimes withhold the names of people we quote, and when we never do",
  standfirst:
    "Readers ask why so many people in our stories have only a first name. A note from the editor on safety, trust and the rules our reporters follow.",
  type: "NEWS",
  section: "company-news",
  tags: ["ukraine", "human-rights"],
  authors: ["larysa-horbenko"],
  hero: {
    picture: "city-3",
    caption: (d) => `Kyiv's left bank, seen from the newsroom's windows, on ${d.text}.`,
    credit: "(Oksana Hrytsenko/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "Readers sometimes write to ask why the people in our stories so often appear with a first name only, or with none at all. It is a fair question. A name is part of what makes a story verifiable, and we do not take leaving it out lightly.",
    ),
    paragraph(
      "Most often the reason is safety. People who live near the front, who have relatives in the occupied territories or who serve in the army can be put at risk by a published name, a photograph of their face or a detail that identifies their street. Deminers, energy workers and medics are sometimes targeted. Former prisoners may still have family in Russian-held towns.",
    ),
    heading("Our rules"),
    bulletList([
      "We withhold a name only when publishing it could put someone in danger or expose them to serious harm, and we say so in the story.",
      "An editor, not only the reporter, must agree, and always knows the person's full name and how to reach them.",
      "We never withhold the names of officials speaking in their official role, or of anyone accused of wrongdoing who has been given the chance to respond.",
      "We do not invent names. If we change one, we say that we have.",
    ]),
    paragraph(
      "We also blur or crop photographs so that faces and places cannot be recognized, and we strip location data from every picture before it is published.",
    ),
    paragraph(
      "If you think we have got this balance wrong in a story, write to editor@example.com. We read every message.",
    ),
  ],
};
