import type { StaffRole } from "@/generated/prisma/enums";

/** Site settings of the demo newsroom. */
export const DEMO_SITE = {
  name: "The Northern Dispatch",
  tagline: "Independent journalism from Ukraine",
  description:
    "The Northern Dispatch is an independent, reader-funded newsroom reporting on Russia's war against Ukraine, its people and its recovery.",
  timezone: "Europe/Kyiv",
  language: "en",
  moreLinks: [
    { label: "About", href: "/about" },
    { label: "Team", href: "/team" },
    { label: "Jobs", href: "/jobs" },
    { label: "Advertising", href: "/advertising" },
    { label: "Contacts", href: "/contacts" },
    { label: "Submit an Opinion", href: "/submit-an-opinion" },
    { label: "Corrections", href: "/corrections" },
  ],
  socialLinks: [
    { kind: "x", label: "X", url: "https://example.com/social/x" },
    { kind: "bluesky", label: "Bluesky", url: "https://example.com/social/bluesky" },
    { kind: "telegram", label: "Telegram", url: "https://example.com/social/telegram" },
    { kind: "youtube", label: "YouTube", url: "https://example.com/social/youtube" },
    { kind: "instagram", label: "Instagram", url: "https://example.com/social/instagram" },
  ],
  promoSlots: [
    { label: "Become a member", href: "/membership", tone: "accent" },
    { label: "Newsletters", href: "/newsletters", tone: "plain" },
    { label: "Store", href: "/about#store", tone: "plain" },
  ],
};

/**
 * One staff account per role, for local use only (listed in the README).
 * `authorSlug` links the account to a byline from the demo authors.
 */
export const DEMO_STAFF: {
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  authorSlug: string | null;
}[] = [
  {
    email: "admin@example.com",
    name: "Site Admin",
    role: "ADMIN",
    password: "newsroom-admin",
    authorSlug: null,
  },
  {
    email: "editor@example.com",
    name: "",
    role: "EDITOR",
    password: "newsroom-editor",
    authorSlug: "maksym-tkachuk",
  },
  {
    email: "author@example.com",
    name: "",
    role: "AUTHOR",
    password: "newsroom-author",
    authorSlug: "daria-melnychuk",
  },
  {
    email: "contributor@example.com",
    name: "",
    role: "CONTRIBUTOR",
    password: "newsroom-contributor",
    authorSlug: "clare-whitcombe",
  },
];

export const DEMO_DEFAULT_ARTICLES = 160;
export const DEMO_SEED = 20261127;
