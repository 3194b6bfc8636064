import { EDITION_INFO, type Edition } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { composeEmail } from "@/lib/mail/email-layout";

/**
 * The sign-in email, in the same frame as every other email the site sends,
 * and in the language of the edition the reader asked from. It says the
 * same thing whether or not the address already has a reader account, so
 * it reveals nothing to whoever typed it.
 */
export function signInEmail(input: {
  edition?: Edition;
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  link: string;
  minutes: number;
}) {
  const { siteName, link, minutes } = input;
  const edition = input.edition ?? "en";
  const t = messagesFor(edition).readers.email;
  const subject = t.subject(siteName);
  const { html, text } = composeEmail({
    siteName,
    lang: EDITION_INFO[edition].lang,
    siteUrl: input.siteUrl,
    title: t.title,
    preheader: t.preheader(minutes),
    intro: t.intro(siteName, minutes),
    button: { label: t.button, href: link },
    buttonUrlLead: t.urlLead,
    after: t.after,
    footerNote: t.footerNote(siteName),
    footerLinks: [{ label: siteName, href: input.siteUrl }],
  });
  return { subject, text, html };
}
