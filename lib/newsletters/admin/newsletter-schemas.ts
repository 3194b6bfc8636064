import { z } from "zod";
import { EDITIONS } from "@/lib/i18n/editions";
import { isEmailAddress } from "@/lib/mail/validate";
import { namedSchemas, optionalText, requiredText, slugInput } from "@/lib/manage/form-schemas";

export const NEWSLETTER_LIMITS = {
  name: 80,
  description: 500,
  cadence: 40,
  senderName: 80,
  senderEmail: 254,
  position: 999,
} as const;

const newsletterFields = z.object({
  name: requiredText("a name", NEWSLETTER_LIMITS.name),
  // Newsletter pages live under /newsletters/, so root words are harmless.
  slug: slugInput("prefixed"),
  description: optionalText(NEWSLETTER_LIMITS.description),
  cadence: optionalText(NEWSLETTER_LIMITS.cadence),
  // A line break here would be a header injection; the mail layer refuses it too.
  senderName: requiredText("the sender's name", NEWSLETTER_LIMITS.senderName).refine(
    (value) => !/[\r\n<>"]/.test(value),
    "Use a plain name, without quotes or angle brackets.",
  ),
  senderEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the address it is sent from.")
    .refine(isEmailAddress, "Enter an address such as newsletters@example.com."),
  active: z.boolean(),
  membersOnly: z.boolean().default(false),
  edition: z.enum(EDITIONS, { message: "Choose an edition." }).default("en"),
  position: z.coerce
    .number({ message: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(0, "Use 0 or more.")
    .max(NEWSLETTER_LIMITS.position, `Use at most ${NEWSLETTER_LIMITS.position}.`),
});

export const { create: createNewsletterSchema, update: updateNewsletterSchema } = namedSchemas(
  newsletterFields,
  "prefixed",
);

export type CreateNewsletterInput = z.output<typeof createNewsletterSchema>;
export type UpdateNewsletterInput = z.output<typeof updateNewsletterSchema>;
