import type { MembershipOfferDto } from "./dto";

/**
 * What /membership and the support box say before anyone has edited the
 * membership settings: a working offer, in the newsroom's own voice.
 */
export const OFFER_DEFAULTS: Omit<MembershipOfferDto, "tiers"> = {
  headline: "Keep independent journalism going",
  pitch:
    "No owner, no oligarch and no paywall pays for our reporting: readers do. Members fund the reporters in the field, the fact-checking and the translation that keep this site open to everyone, including people who cannot pay.",
  faqs: [
    {
      question: "Do I need an account?",
      answer:
        "You sign in with your email address, the same way you sign in to comment. We send a link; there is no password to remember.",
    },
    {
      question: "How do I pay?",
      answer:
        "Payments go through Stripe's secure checkout page. Your card details go to Stripe and never reach our servers.",
    },
    {
      question: "Can I cancel?",
      answer:
        "Any time, from your account page. Your membership runs to the end of the period you have paid for, and you will not be charged again.",
    },
    {
      question: "Where do I find my receipts?",
      answer:
        "Your account page opens Stripe's billing portal, where you can download receipts, change your card or your plan.",
    },
  ],
  supportTitle: "Our reporting is paid for by readers",
  supportText:
    "This story is free for everyone to read. If it helped you understand the war, become a member and keep our reporters in the field.",
  currency: "usd",
  customAmount: true,
  customMinimum: 300,
  donations: true,
  donationMinimum: 500,
  hideAsksForMembers: true,
  membersOnlyComments: false,
};
