import { z } from "zod";
import { parseMoney } from "./rules";

/**
 * What a reader's checkout form sends: a tier and its interval
 * ("<tierId>:month"), or a custom monthly amount ("custom"), or a one-time
 * donation ("donation"), with the amount typed for the last two.
 */
export const checkoutSchema = z.object({
  plan: z.string("Choose how you would like to support us.").trim().min(1).max(100),
  amount: z
    .string()
    .optional()
    .default("")
    .transform((value) => (value.trim() ? parseMoney(value) : null)),
});
export type CheckoutInput = z.output<typeof checkoutSchema>;

const money = (label: string) =>
  z
    .string()
    .max(20)
    .transform((value, context) => {
      if (!value.trim()) return null;
      const amount = parseMoney(value);
      if (amount === null || amount < 100) {
        context.addIssue({ code: "custom", message: `${label}: enter an amount like 5 or 7.50.` });
        return z.NEVER;
      }
      return amount;
    });

export const tierSchema = z
  .object({
    /** Empty for a new tier. */
    id: z.string().max(40).default(""),
    name: z.string().trim().min(1, "Give the tier a name.").max(60, "Keep the name short."),
    description: z.string().trim().max(600, "Keep the description under 600 characters."),
    monthlyAmount: money("Monthly"),
    annualAmount: money("Annual"),
    position: z.coerce.number().int().min(0).max(999).default(0),
    active: z.boolean().default(true),
  })
  .refine((tier) => tier.monthlyAmount !== null || tier.annualAmount !== null, {
    path: ["monthlyAmount"],
    message: "Offer the tier monthly, annually or both.",
  });
export type TierInput = z.output<typeof tierSchema>;

export const faqsSchema = z
  .array(
    z.object({
      question: z.string().trim().min(1, "Write the question.").max(200),
      answer: z.string().trim().min(1, "Write the answer.").max(1500),
    }),
  )
  .max(20);

/** The offer's words: editors keep them. */
export const copySchema = z.object({
  headline: z.string().trim().min(1, "Write a headline.").max(120),
  pitch: z.string().trim().max(2000),
  supportTitle: z.string().trim().min(1, "Give the support box a title.").max(120),
  supportText: z.string().trim().min(1, "Write the support box's text.").max(600),
  faqs: faqsSchema,
});
export type CopyInput = z.output<typeof copySchema>;

const CURRENCIES = ["usd", "eur", "gbp", "uah", "cad", "pln"] as const;

/** What readers may give and the perks: an admin's settings. */
export const offerSettingsSchema = z.object({
  currency: z.enum(CURRENCIES, "Choose a currency."),
  customAmount: z.boolean(),
  customMinimum: money("Smallest custom amount").pipe(z.number("Enter the smallest amount.")),
  donations: z.boolean(),
  donationMinimum: money("Smallest donation").pipe(z.number("Enter the smallest donation.")),
  hideAsksForMembers: z.boolean(),
  membersOnlyComments: z.boolean(),
});
export type OfferSettingsInput = z.output<typeof offerSettingsSchema>;
export const CURRENCY_CHOICES = CURRENCIES;
