import type { NarrationDto } from "@/lib/articles/dto";
import { element, emptyElement, escapeText, rfc822, XML_DECLARATION } from "./xml";

/**
 * The podcast feed of narrated articles (`/feed/audio`): RSS 2.0 whose items
 * carry the MP3 as an `<enclosure>` (URL, length in bytes, type), with the
 * iTunes tags podcast apps read. Pure: the route and the cache feed it.
 */

export const PODCAST_NAMESPACES = {
  atom: "http://www.w3.org/2005/Atom",
  dc: "http://purl.org/dc/elements/1.1/",
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
} as const;

/** Under /feed, which no article, page or section can take. */
export const PODCAST_FEED_PATH = "/feed/audio";

/**
 * Artwork for podcast directories: square, 1400 to 3000 pixels, at an
 * address that ends in .png (app/og/podcast-cover.png/route.tsx).
 */
export const PODCAST_COVER_PATH = "/og/podcast-cover.png";
export const PODCAST_COVER_SIZE = { width: 1400, height: 1400 } as const;
export const PODCAST_LABEL = "Articles read aloud";

export interface PodcastItem {
  title: string;
  link: string;
  guid: string;
  pubDate: Date;
  description: string;
  creators: string[];
  category: string | null;
  /** Absolute URL of the MP3 beside the rest of the narration. */
  audio: NarrationDto & { absoluteUrl: string };
}

export interface PodcastChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  selfUrl: string;
  author: string;
  /** Who directories contact about the show (itunes:owner). */
  owner: { name: string; email: string };
  /** The square artwork (itunes:image), 1400–3000 px, a .png or .jpg address. */
  artworkUrl: string;
  /** The RSS 2.0 channel image, which may be at most 144 pixels wide. */
  logo: { url: string; width: number; height: number };
  items: PodcastItem[];
}

/** Seconds as H:MM:SS (or M:SS), as itunes:duration takes it. */
export function itunesDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours
    ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${minutes}:${seconds}`;
}

function renderItem(item: PodcastItem): string {
  const parts = [
    element("title", item.title),
    element("link", item.link),
    `<guid isPermaLink="false">${escapeText(item.guid)}</guid>`,
    element("pubDate", rfc822(item.pubDate)),
    element("description", item.description || item.title),
    ...item.creators.map((name) => element("dc:creator", name)),
    item.category ? element("category", item.category) : "",
    emptyElement("enclosure", {
      url: item.audio.absoluteUrl,
      length: item.audio.bytes,
      type: item.audio.type,
    }),
    element("itunes:duration", itunesDuration(item.audio.durationMs)),
    element("itunes:summary", item.description),
    element("itunes:explicit", "false"),
    element("itunes:episodeType", "full"),
  ];
  return `<item>${parts.filter(Boolean).join("")}</item>`;
}

export function renderPodcastRss(channel: PodcastChannel): string {
  const ns = Object.entries(PODCAST_NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join("");
  // The newest item's time, so an unchanged feed is byte-for-byte the same.
  const newest = channel.items.reduce<Date | null>(
    (max, item) => (!max || item.pubDate > max ? item.pubDate : max),
    null,
  );
  const head = [
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description),
    element("language", channel.language),
    emptyElement("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
    newest ? element("lastBuildDate", rfc822(newest)) : "",
    `<image>${[
      element("url", channel.logo.url),
      element("title", channel.title),
      element("link", channel.link),
      element("width", String(Math.min(144, channel.logo.width))),
      element("height", String(Math.min(400, channel.logo.height))),
    ].join("")}</image>`,
    element("itunes:author", channel.author),
    `<itunes:owner>${element("itunes:name", channel.owner.name)}${element("itunes:email", channel.owner.email)}</itunes:owner>`,
    element("itunes:summary", channel.description),
    emptyElement("itunes:image", { href: channel.artworkUrl }),
    emptyElement("itunes:category", { text: "News" }),
    element("itunes:explicit", "false"),
    element("itunes:type", "episodic"),
  ].filter(Boolean);
  const items = channel.items.map(renderItem);
  return `${XML_DECLARATION}\n<rss version="2.0"${ns}>\n<channel>\n${head.join("\n")}\n${items.join("\n")}\n</channel>\n</rss>\n`;
}
