// The settings form's values, as its schema reads them.
export type { SiteSettingsFormValues } from "./settings-schemas";

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
