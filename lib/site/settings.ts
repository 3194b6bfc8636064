import "server-only";
import { cache } from "react";
import { z } from "zod";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { isSafeHref } from "@/lib/documents/links";
import type { SiteSettingsDto } from "./dto";

// Settings are edited by people; anything unusable is dropped, not rendered.
const href = z.string().refine(isSafeHref);
const linkSchema = z.object({ label: z.string().min(1), href });
const socialSchema = z.object({ kind: z.string(), label: z.string().min(1), url: href });
const promoSchema = z.object({
  label: z.string().min(1),
  href,
  tone: z.enum(["accent", "plain"]).catch("plain"),
});

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
export const getSiteSettings = cache((): Promise<SiteSettingsDto> =>
  cached("settings", 10 * MINUTE, async () => ({
    value: await loadSettings(),
    tags: [tags.settings],
  })),
);

async function loadSettings(): Promise<SiteSettingsDto> {
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return FALLBACK;
  return {
    name: row.name,
    tagline: row.tagline,
    description: row.description,
    timezone: isTimeZone(row.timezone) ? row.timezone : "UTC",
    language: row.language,
    moreLinks: validItems(linkSchema, row.moreLinks),
    socialLinks: validItems(socialSchema, row.socialLinks),
    promoSlots: validItems(promoSchema, row.promoSlots),
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The items of a stored list that pass the schema; one bad item drops only itself. */
function validItems<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
