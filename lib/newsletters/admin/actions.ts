"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createNewsletter, updateNewsletter } from "./newsletter-commands";
import { createNewsletterSchema, updateNewsletterSchema } from "./newsletter-schemas";

export const createNewsletterAction = staffAction(
  { permission: "newsletter.manage", schema: createNewsletterSchema },
  createNewsletter,
);
export const updateNewsletterAction = staffAction(
  { permission: "newsletter.manage", schema: updateNewsletterSchema },
  updateNewsletter,
);
