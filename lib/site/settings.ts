import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";

const linkSchema = z.object({ label: z.string(), href: z.string() });
const socialSchema = z.object({ kind: z.string(), label: z.string(), url: z.string() });
const promoSchema = z.object({
  label: z.string(),
  href: z.string(),
  tone: z.enum(["accent", "plain"]).catch("plain"),
});

export interface SiteSettingsDto {
  name: string;
  tagline: string;
  description: string;
  timezone: string;
  language: string;
  moreLinks: { label: string; href: string }[];
  socialLinks: { kind: string; label: string; url: string }[];
  promoSlots: { label: string; href: string; tone: "accent" | "plain" }[];
}

const FALLBACK: SiteSettingsDto = {
  name: "Newsroom",
  tagline: "",
  description: "",
  timezone: "UTC",
  language: "en",
  moreLinks: [],
  socialLinks: [],
  promoSlots: [],
};

/** Site settings, with safe defaults before anything has been configured. */
export const getSiteSettings = cache(async (): Promise<SiteSettingsDto> => {
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return FALLBACK;
  return {
    name: row.name,
    tagline: row.tagline,
    description: row.description,
    timezone: row.timezone,
    language: row.language,
    moreLinks: z.array(linkSchema).catch([]).parse(row.moreLinks),
    socialLinks: z.array(socialSchema).catch([]).parse(row.socialLinks),
    promoSlots: z.array(promoSchema).catch([]).parse(row.promoSlots),
  };
});
