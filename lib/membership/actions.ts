"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { saveMembershipCopy, saveOfferSettings, saveTier } from "./commands";
import { copySchema, offerSettingsSchema, tierSchema } from "./schemas";

// Public endpoints: staffAction checks the session, the permission and the input.

export const saveTierAction = staffAction(
  { permission: "membership.manage", schema: tierSchema },
  saveTier,
);
export const saveMembershipCopyAction = staffAction(
  { permission: "membership.copy", schema: copySchema },
  saveMembershipCopy,
);
export const saveOfferSettingsAction = staffAction(
  { permission: "membership.manage", schema: offerSettingsSchema },
  saveOfferSettings,
);
