import "server-only";
import { db } from "@/lib/db";
import type { SiteSettingsFormValues } from "./settings-schemas";

/** The columns the settings form edits; a save's audit entry compares them too. */
export const settingsFormSelect = {
  name: true,
  tagline: true,
  description: true,
  timezone: true,
  language: true,
  moreLinks: true,
  socialLinks: true,
  promoSlots: true,
} as const;

/**
 * The settings as stored, for the admin's form. Unlike the public reader
 * (lib/site/settings.ts), entries that would not pass today's rules are kept,
 * so the form shows them to be fixed instead of dropping them on the next save.
 */
export async function getSiteSettingsForManage(): Promise<
  SiteSettingsFormValues & { saved: boolean }
> {
  const row = await db.siteSettings.findUnique({
    where: { id: 1 },
    select: settingsFormSelect,
  });
  if (!row) {
    return {
      saved: false,
      name: "",
      tagline: "",
      description: "",
      timezone: "UTC",
      language: "en",
      moreLinks: [],
      socialLinks: [],
      promoSlots: [],
    };
  }
  return {
    saved: true,
    name: row.name,
    tagline: row.tagline,
    description: row.description,
    timezone: row.timezone,
    language: row.language,
    moreLinks: records(row.moreLinks).map((r) => ({ label: text(r.label), href: text(r.href) })),
    socialLinks: records(row.socialLinks).map((r) => ({
      kind: text(r.kind),
      label: text(r.label),
      url: text(r.url),
    })),
    promoSlots: records(row.promoSlots).map((r) => ({
      label: text(r.label),
      href: text(r.href),
      tone: r.tone === "accent" ? "accent" : "plain",
    })),
  };
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === "object")
    : [];
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
