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
    { label: t.manage, href: manageUrl(recipient.subscriberId, Date.now(), newsletter.edition) },
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
    button: {
      label: t.manage,
      href: manageUrl(recipient.subscriberId, Date.now(), newsletter.edition),
    },
    after: t.alreadyAfter,
    footerNote: t.signUpFormNote(siteName),
    footerLinks: newsletterFooter(recipient, newsletter),
    headers: unsubscribeHeaders(recipient.subscriberId, newsletter.id),
  });
}

/**
 * The preferences link on its own: asked for on a newsletters page, or sent
 * after links were reset; in the language of the page it was asked from.
 */
export function manageLinkEmail(input: {
  siteName: string;
  recipient: Recipient;
  reason: "requested" | "reset";
  edition?: Edition;
}): OutgoingEmail {
  const { siteName, recipient } = input;
  const edition = input.edition ?? "en";
  const t = messagesFor(edition).newsletters.emails;
  const link = manageUrl(recipient.subscriberId, Date.now(), edition);
  return compose({
    siteName,
    lang: EDITION_INFO[edition].lang,
    to: recipient.email,
    subject: t.manageSubject(siteName),
    title: t.manageTitle,
    preheader: t.managePreheader,
    intro: [input.reason === "reset" ? t.manageReset : t.manageRequested],
    button: { label: t.manage, href: link },
    after: t.manageAfter,
    footerNote: t.manageNote(siteName),
    footerLinks: [{ label: t.manage, href: link }],
  });
}
