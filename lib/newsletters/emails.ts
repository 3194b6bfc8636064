import "server-only";
import type { OutgoingEmail } from "@/lib/mail/outbox";
import { formatMailbox } from "@/lib/mail/validate";
import { absoluteUrl } from "@/lib/seo/urls";
import { composeEmail, type ComposedEmailInput, type EmailLink } from "@/lib/mail/email-layout";
import { EDITION_INFO, type Edition } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { newsletterPaths } from "./paths";
import { manageUrl, oneClickUnsubscribeUrl, unsubscribeHeaders } from "./personal-links";

/**
 * The emails the reader side sends. Each carries the reader's personal
 * preferences link; those about one newsletter also carry its RFC 8058
 * unsubscribe headers and link.
 */

interface NewsletterRef {
  id: string;
  name: string;
  edition: Edition;
  senderName: string;
  senderEmail: string;
}

interface Recipient {
  subscriberId: string;
  email: string;
}

function sender(newsletter: NewsletterRef): string | undefined {
  try {
    return formatMailbox(newsletter.senderName, newsletter.senderEmail);
  } catch {
    // A newsletter saved with an unusable sender falls back to MAIL_FROM.
    return undefined;
  }
}

function compose(
  input: Omit<ComposedEmailInput, "siteUrl"> & {
    to: string;
    from?: string;
    subject: string;
    headers?: Record<string, string>;
  },
): OutgoingEmail {
  const { html, text } = composeEmail({ ...input, siteUrl: absoluteUrl("/") });
  return {
    to: input.to,
    ...(input.from ? { from: input.from } : {}),
    subject: input.subject,
    html,
    text,
    ...(input.headers ? { headers: input.headers } : {}),
  };
}

function newsletterFooter(recipient: Recipient, newsletter: NewsletterRef): EmailLink[] {
  const t = messagesFor(newsletter.edition).newsletters.emails;
  return [
    { label: t.manage, href: manageUrl(recipient.subscriberId) },
    // The header's URL too: a browser's GET shows a page with an "Unsubscribe" button.
    {
      label: t.unsubscribeFrom(newsletter.name),
      href: oneClickUnsubscribeUrl(recipient.subscriberId, newsletter.id),
    },
  ];
}

/** Written in the newsletter's edition's language; its link opens that edition's page. */
export function confirmationEmail(input: {
  siteName: string;
  recipient: Recipient;
  newsletter: NewsletterRef;
  confirmToken: string;
}): OutgoingEmail {
  const { siteName, recipient, newsletter } = input;
  const t = messagesFor(newsletter.edition).newsletters.emails;
  return compose({
    siteName,
    lang: EDITION_INFO[newsletter.edition].lang,
    to: recipient.email,
    from: sender(newsletter),
    subject: t.confirmSubject(newsletter.name),
    title: t.confirmTitle,
    preheader: t.confirmPreheader(newsletter.name),
    intro: t.confirmIntro(newsletter.name, siteName, recipient.email),
    button: {
      label: t.confirmButton,
      href: absoluteUrl(newsletterPaths.confirm(input.confirmToken, newsletter.edition)),
    },
    after: t.confirmAfter,
    footerNote: t.signUpFormNote(siteName),
    footerLinks: newsletterFooter(recipient, newsletter),
    headers: unsubscribeHeaders(recipient.subscriberId, newsletter.id),
  });
}

export function alreadySubscribedEmail(input: {
  siteName: string;
  recipient: Recipient;
  newsletter: NewsletterRef;
}): OutgoingEmail {
  const { siteName, recipient, newsletter } = input;
  const t = messagesFor(newsletter.edition).newsletters.emails;
  return compose({
    siteName,
    lang: EDITION_INFO[newsletter.edition].lang,
    to: recipient.email,
    from: sender(newsletter),
    subject: t.alreadySubject(newsletter.name),
    title: t.alreadyTitle,
    preheader: t.alreadyPreheader,
    intro: t.alreadyIntro(newsletter.name, recipient.email),
    button: { label: t.manage, href: manageUrl(recipient.subscriberId) },
    after: t.alreadyAfter,
    footerNote: t.signUpFormNote(siteName),
    footerLinks: newsletterFooter(recipient, newsletter),
    headers: unsubscribeHeaders(recipient.subscriberId, newsletter.id),
  });
}

/** The preferences link on its own: asked for on /newsletters, or sent after links were reset. */
export function manageLinkEmail(input: {
  siteName: string;
  recipient: Recipient;
  reason: "requested" | "reset";
}): OutgoingEmail {
  const { siteName, recipient } = input;
  const link = manageUrl(recipient.subscriberId);
  return compose({
    siteName,
    to: recipient.email,
    subject: `Your link to manage your ${siteName} newsletters`,
    title: "Manage your newsletters",
    preheader: "Your personal link, no password needed.",
    intro: [
      input.reason === "reset"
        ? "Your previous newsletter links no longer work. Here is your new personal link, where you can see and change which newsletters you receive:"
        : "Here is your personal link, where you can see and change which newsletters you receive. No account or password is needed:",
    ],
    button: { label: "Manage your newsletters", href: link },
    after: [
      "Please don't forward this email: anyone with the link can change your newsletters.",
      "If you did not ask for it, you can ignore this email.",
    ],
    footerNote: `You received this email because this address was entered on ${siteName}.`,
    footerLinks: [{ label: "Manage your newsletters", href: link }],
  });
}
