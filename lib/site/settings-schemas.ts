import { z } from "zod";
import { isSafeHref } from "@/lib/documents/links";
import { optionalText, requiredText } from "@/lib/manage/form-schemas";

export const SETTINGS_LIMITS = {
  name: 80,
  tagline: 160,
  description: 500,
  label: 40,
  url: 500,
  moreLinks: 12,
  socialLinks: 12,
  promoSlots: 4,
} as const;

export const PROMO_TONES = ["accent", "plain"] as const;

/**
 * The IANA zone as the newsroom typed it, in its canonical spelling, or null
 * when this runtime's Intl does not know it. The typed name is kept (not
 * Intl's resolved one) because older ICU data resolves "Europe/Kyiv" to the
 * obsolete "Europe/Kiev".
 */
export function normalizeTimeZone(zone: string): string | null {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    return null;
  }
  // Intl also accepts offsets ("+02:00") on newer runtimes; they are not zones.
  if (!/^[A-Za-z]/.test(zone)) return null;
  const lower = zone.toLowerCase();
  if (lower === "utc") return "UTC";
  const known = Intl.supportedValuesOf("timeZone").find((name) => name.toLowerCase() === lower);
  if (known) return known;
  // A name missing from this runtime's list (a newer one like Europe/Kyiv)
  // is kept as typed, unless typed all in one case: then each word is
  // capitalised, as IANA names are.
  if (zone !== lower && zone !== zone.toUpperCase()) return zone;
  return zone.replace(
    /[A-Za-z]+/g,
    (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
  );
}

/** A BCP 47 language tag ("en", "uk", "en-GB") in canonical form, or null. */
export function normalizeLanguageTag(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const label = requiredText("a label", SETTINGS_LIMITS.label);

/** Where a header or footer link may lead: a page of this site, http(s) or mailto. */
const siteHref = z
  .string()
  .trim()
  .min(1, "Enter the address.")
  .max(SETTINGS_LIMITS.url, "This address is too long.")
  .refine(
    isSafeHref,
    "Use a path on this site such as /about, a full address starting with https://, or a mailto: link.",
  );

const webUrl = z
  .string()
  .trim()
  .min(1, "Enter the address.")
  .max(SETTINGS_LIMITS.url, "This address is too long.")
  .refine(
    (url) => /^https?:\/\//i.test(url) && isSafeHref(url),
    "Enter a full web address starting with https://.",
  );

export const siteSettingsSchema = z.object({
  name: requiredText("the site's name", SETTINGS_LIMITS.name),
  tagline: optionalText(SETTINGS_LIMITS.tagline),
  description: optionalText(SETTINGS_LIMITS.description),
  timezone: z
    .string()
    .trim()
    .min(1, "Enter a time zone.")
    .transform((zone, ctx) => {
      const normalized = normalizeTimeZone(zone);
      if (!normalized) {
        ctx.addIssue({
          code: "custom",
          message: "Enter an IANA time zone such as Europe/Kyiv, Europe/London or UTC.",
        });
        return z.NEVER;
      }
      return normalized;
    }),
  language: z
    .string()
    .trim()
    .min(1, "Enter a language.")
    .transform((tag, ctx) => {
      const normalized = normalizeLanguageTag(tag);
      if (!normalized) {
        ctx.addIssue({ code: "custom", message: "Enter a language tag such as en, uk or en-GB." });
        return z.NEVER;
      }
      return normalized;
    }),
  moreLinks: z
    .array(z.object({ label, href: siteHref }))
    .max(SETTINGS_LIMITS.moreLinks, `Add at most ${SETTINGS_LIMITS.moreLinks} links.`),
  socialLinks: z
    .array(
      z.object({
        kind: z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9-]{1,30}$/, "Use a short lower-case name such as x or bluesky."),
        label,
        url: webUrl,
      }),
    )
    .max(SETTINGS_LIMITS.socialLinks, `Add at most ${SETTINGS_LIMITS.socialLinks} links.`),
  promoSlots: z
    .array(z.object({ label, href: siteHref, tone: z.enum(PROMO_TONES, "Choose a style.") }))
    .max(SETTINGS_LIMITS.promoSlots, `Add at most ${SETTINGS_LIMITS.promoSlots} promo slots.`),
});

export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;
export type SiteSettingsFormValues = z.input<typeof siteSettingsSchema>;
