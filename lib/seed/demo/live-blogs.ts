import type { ArticleDocument, BlockNode } from "../../documents/schema.ts";
import { inline } from "./doc.ts";
import { pictureByKey } from "./pictures.ts";
import { LIVE_GRID_UPDATES } from "./live-grid-updates.ts";

/**
 * The demo's two live blogs, written for this project: a night of strikes
 * on the power grid that is still being covered, and a prisoner exchange
 * covered two days earlier and ended. Times are minutes before the seed's
 * reference time, so the live one always spans the last 24 hours.
 */

export interface DemoLiveUpdate {
  /** Minutes before the seed's reference time. */
  minutesAgo: number;
  author: string;
  title?: string;
  /** Paragraphs in the demo markup (doc.ts). */
  text: string[];
  /** A demo picture key, with its caption. */
  image?: { key: string; caption: string };
  pinned?: boolean;
}

export interface DemoLiveBlog {
  slug: string;
  title: string;
  standfirst: string;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  heroKey: string;
  heroCaption: string;
  /** Minutes before the reference time that coverage began (and ended). */
  startedMinutesAgo: number;
  endedMinutesAgo: number | null;
  keyPoints: string[];
  updates: DemoLiveUpdate[];
}

export const DEMO_LIVE_BLOGS: readonly DemoLiveBlog[] = [
  {
    slug: "grid-strikes-live",
    title: "Overnight strikes on the power grid: live updates",
    standfirst:
      "Missiles and drones hit energy sites in several regions overnight. Crews are working to restore power as schedules of outages are announced; follow the latest here.",
    sectionSlug: "war",
    tagSlugs: ["ukraine", "energy", "air-defense", "drones"],
    authorSlugs: ["maksym-tkachuk", "daria-melnychuk"],
    heroKey: "night-1",
    heroCaption: "Streets without lights after the overnight attack on the power grid.",
    startedMinutesAgo: 24 * 60,
    endedMinutesAgo: null,
    keyPoints: [
      "Energy sites in at least five regions were hit overnight by missiles and drones.",
      "Air defense forces report most of the drones shot down; several missiles got through.",
      "Scheduled outages of up to eight hours a day are in force in three regions.",
      "Rail traffic is running on diesel locomotives on two lines; expect delays.",
      "Heating points are open in schools and libraries in the affected cities.",
    ],
    updates: LIVE_GRID_UPDATES,
  },
  {
    slug: "prisoner-exchange-live",
    title: "Prisoner exchange: as it happened",
    standfirst:
      "Dozens of soldiers and civilians came home in an exchange mediated abroad. This page followed the day from the first reports to the families' reunions.",
    sectionSlug: "national",
    tagSlugs: ["prisoners-of-war", "ukraine"],
    authorSlugs: ["larysa-horbenko"],
    heroKey: "train-2",
    heroCaption: "A train at a station in the north of the country on the day of the exchange.",
    startedMinutesAgo: 3 * 24 * 60,
    endedMinutesAgo: 2 * 24 * 60 + 12 * 60,
    keyPoints: [
      "The exchange was completed in the afternoon at the border.",
      "Among those returned were defenders held since the first year of the invasion.",
      "The coordination headquarters asked families to wait for a call before travelling.",
    ],
    updates: [
      {
        minutesAgo: 3 * 24 * 60 - 20,
        author: "larysa-horbenko",
        title: "Reports of an exchange under way",
        text: [
          "The coordination headquarters for prisoners of war says an exchange is under way and that it will give numbers once everyone has crossed.",
        ],
      },
      {
        minutesAgo: 3 * 24 * 60 - 95,
        author: "roman-kulyk",
        text: [
          "Buses have been seen heading towards the border crossing in the north. Officials ask people not to share their route or photographs until the exchange is complete.",
        ],
      },
      {
        minutesAgo: 3 * 24 * 60 - 180,
        author: "larysa-horbenko",
        title: "First names confirmed",
        text: [
          "Relatives of two marines from the south say they have received calls from their sons. Both were held for more than two years.",
          "“He said three words and then he cried, and so did I,” said the mother of one of them, who asked that her name not be used.",
        ],
      },
      {
        minutesAgo: 3 * 24 * 60 - 260,
        author: "roman-kulyk",
        text: [
          "The exchange is complete, according to the headquarters. Those returned include soldiers, border guards and several civilians detained in occupied towns.",
        ],
        image: { key: "train-0", caption: "Families waiting at a station in the north." },
      },
      {
        minutesAgo: 3 * 24 * 60 - 330,
        author: "larysa-horbenko",
        title: "What happens next",
        text: [
          "Everyone returned will go through medical checks and rehabilitation before they go home. Families will be contacted directly; the headquarters asks them not to travel to the border.",
        ],
      },
      {
        minutesAgo: 2 * 24 * 60 + 12 * 60 + 10,
        author: "larysa-horbenko",
        text: [
          "We are closing this live page. Our reporting on the men and women who came home continues in our National section.",
        ],
      },
    ],
  },
];

/** An update's body: its paragraphs and, where it has one, its picture. */
export function liveUpdateBody(
  update: DemoLiveUpdate,
  pictureId: (key: string) => string,
): ArticleDocument {
  const content: BlockNode[] = update.text.map((text) => ({
    type: "paragraph",
    content: inline(text),
  }));
  if (update.image) {
    const picture = pictureByKey(update.image.key);
    content.splice(1, 0, {
      type: "image",
      attrs: {
        mediaId: pictureId(update.image.key),
        alt: picture.alt,
        caption: update.image.caption,
        credit: "(Photo: The Northern Dispatch)",
      },
    });
  }
  return { type: "doc", content };
}
