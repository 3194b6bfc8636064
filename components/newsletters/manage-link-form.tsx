import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { HoneypotField } from "./honeypot-field";

/**
 * "Email me a link to manage my newsletters": a plain post, answered on the
 * edition's /newsletters/manage, with the email in the edition's language.
 */
export function ManageLinkForm({
  id = "manage-link",
  edition = "en",
}: {
  id?: string;
  edition?: Edition;
}) {
  const t = messagesFor(edition).newsletters.manage;
  return (
    <form method="post" action={newsletterPaths.api.manageLink} className="nl-inline-form">
      <div className="nl-field">
        <label htmlFor={`${id}-email`}>{t.emailLabel}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
        />
      </div>
      <HoneypotField />
      <input type="hidden" name="edition" value={edition} />
      <button type="submit" className="button">
        {t.sendLink}
      </button>
    </form>
  );
}
