/**
 * The sign-in email. It says the same thing whether or not the address
 * already has a reader account, so it reveals nothing to whoever typed it.
 */

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

export function signInEmail(input: { siteName: string; link: string; minutes: number }) {
  const { siteName, link, minutes } = input;
  const subject = `Your sign-in link for ${siteName}`;
  const text = [
    `Someone (we hope you) asked to sign in to comment on ${siteName} with this address.`,
    "",
    `Open this link within ${minutes} minutes to sign in. It works once:`,
    link,
    "",
    "If you did not ask for it, ignore this email: nobody can sign in without the link.",
  ].join("\n");
  const safeLink = escapeHtml(link);
  const html = `<!doctype html>
<html lang="en"><body style="margin:0;padding:24px;background:#fbfaf7;color:#15171a;font-family:Georgia,serif;font-size:17px;line-height:1.5;">
<div style="max-width:32rem;margin:0 auto;">
<p style="margin:0 0 8px;font-family:Arial,sans-serif;font-size:13px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;color:#a3231a;">${escapeHtml(siteName)}</p>
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.2;">Sign in to comment</h1>
<p style="margin:0 0 16px;">Someone (we hope you) asked to sign in to comment on ${escapeHtml(siteName)} with this address. The link works once, within ${minutes} minutes.</p>
<p style="margin:0 0 24px;"><a href="${safeLink}" style="display:inline-block;padding:12px 20px;background:#15171a;color:#ffffff;font-family:Arial,sans-serif;font-weight:600;text-decoration:none;border-radius:2px;">Sign in</a></p>
<p style="margin:0 0 16px;font-family:Arial,sans-serif;font-size:14px;color:#5c636b;">Or paste this address into your browser:<br><span style="word-break:break-all;">${safeLink}</span></p>
<p style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#5c636b;">If you did not ask for it, ignore this email: nobody can sign in without the link.</p>
</div>
</body></html>`;
  return { subject, text, html };
}
