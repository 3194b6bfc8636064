import type { EmbedProvider } from "@/lib/documents/dto";

// Registered domains; their subdomains (www., m., player., on., …) belong to
// the same provider, so a suffix match on ".domain" is safe.
const PROVIDER_DOMAINS: ReadonlyArray<readonly [string, EmbedProvider]> = [
  ["youtube.com", "youtube"],
  ["youtu.be", "youtube"],
  ["youtube-nocookie.com", "youtube"],
  ["vimeo.com", "vimeo"],
  ["x.com", "x"],
  ["twitter.com", "x"],
  ["bsky.app", "bluesky"],
  ["t.me", "telegram"],
  ["soundcloud.com", "soundcloud"],
];

const SUPPORTED_LIST = "YouTube, Vimeo, X (Twitter), Bluesky, Telegram or SoundCloud";

export type EmbedDetection =
  { ok: true; provider: EmbedProvider; url: string } | { ok: false; error: string };

/** The provider of a pasted post, video or track address, or why it can't be embedded. */
export function detectEmbed(input: string): EmbedDetection {
  const raw = input.trim();
  if (!raw) return { ok: false, error: "Paste the address of a post, video or track." };
  if (/\s/.test(raw)) return { ok: false, error: "A web address can't contain spaces." };

  // A pasted "youtu.be/abc" has no scheme; anything with a scheme keeps it
  // so that http: and javascript: are refused below rather than rewritten.
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(raw) ? raw : `https://${raw.replace(/^\/+/, "")}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: "That doesn't look like a web address." };
  }
  if (url.protocol === "http:") {
    return { ok: false, error: "Use the secure address, starting with https://." };
  }
  if (url.protocol !== "https:") {
    return { ok: false, error: "Only https:// addresses can be embedded." };
  }
  if (url.username || url.password) {
    return { ok: false, error: "Addresses with a user name or password can't be embedded." };
  }

  const host = url.hostname.toLowerCase();
  const provider = PROVIDER_DOMAINS.find(
    ([domain]) => host === domain || host.endsWith(`.${domain}`),
  )?.[1];
  if (!provider) {
    return { ok: false, error: `Embeds must come from ${SUPPORTED_LIST}.` };
  }
  if (url.pathname === "/" && !url.search) {
    return {
      ok: false,
      error: "Paste the address of one post, video or track, not the home page.",
    };
  }

  const href = url.href;
  if (href.length > 2048) return { ok: false, error: "That address is too long." };
  return { ok: true, provider, url: href };
}
