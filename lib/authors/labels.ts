import { z } from "zod";
import { isSafeHref } from "@/lib/documents/links";

const LINK_LABELS: Record<string, string> = {
  x: "X",
  bluesky: "Bluesky",
  website: "Website",
  email: "Email",
  linkedin: "LinkedIn",
  telegram: "Telegram",
  instagram: "Instagram",
  threads: "Threads",
  mastodon: "Mastodon",
};

/** How an author's link is named on the page ("Bluesky", "Website"…). */
export function authorLinkLabel(kind: string): string {
  return LINK_LABELS[kind] ?? (kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "Link");
}

const linksSchema = z
  .array(z.object({ kind: z.string().min(1), url: z.string().refine(isSafeHref) }))
  .catch([]);

/** An author's stored links, kept only when every one is usable; else none. */
export function parseAuthorLinks(value: unknown): { kind: string; url: string }[] {
  return linksSchema.parse(value);
}
