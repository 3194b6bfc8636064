"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { updateSiteSettings } from "./settings-commands";
import { siteSettingsSchema } from "./settings-schemas";

export const updateSiteSettingsAction = staffAction(
  { permission: "settings.manage", schema: siteSettingsSchema },
  updateSiteSettings,
);
