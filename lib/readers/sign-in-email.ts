import { composeEmail } from "@/lib/mail/email-layout";

/**
 * The sign-in email, in the same frame as every other email the site sends.
 * It says the same thing whether or not the address already has a reader
 * account, so it reveals nothing to whoever typed it.
 */
export function signInEmail(input: {
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  link: string;
  minutes: number;
}) {
  const { siteName, link, minutes } = input;
  const subject = `Your sign-in link for ${siteName}`;
  const { html, text } = composeEmail({
    siteName,
    siteUrl: input.siteUrl,
    title: "Sign in to comment",
    preheader: `The link works once, within ${minutes} minutes.`,
    intro: [
      `Someone (we hope you) asked to sign in to comment on ${siteName} with this address.`,
      `Open this link within ${minutes} minutes to sign in. It works once.`,
    ],
    button: { label: "Sign in", href: link },
    buttonUrlLead: "Or paste this address into your browser:",
    after: ["If you did not ask for it, ignore this email: nobody can sign in without the link."],
    footerNote: `You get this email because someone asked to sign in to comment on ${siteName} with this address.`,
    footerLinks: [{ label: siteName, href: input.siteUrl }],
  });
  return { subject, text, html };
}
