import { formatDate } from "@/lib/dates/format";
import type { Edition } from "@/lib/i18n/dto";
import { EDITION_INFO } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { newsletterPaths } from "@/lib/newsletters/paths";
import type { PreferenceItem } from "@/lib/newsletters/dto";

/**
 * The reader's newsletters as checkboxes, in the page's language; a plain
 * form post, answered with this page again.
 */
export function PreferencesForm({
  token,
  newsletters,
  timeZone,
  edition = "en",
}: {
  token: string;
  newsletters: PreferenceItem[];
  timeZone: string;
  edition?: Edition;
}) {
  const t = messagesFor(edition).newsletters.manage;
  const anySubscribed = newsletters.some((item) => item.status === "subscribed");
  // A newsletter of the other edition keeps its own language (WCAG's "language of parts").
  const langOf = (item: PreferenceItem) =>
    item.edition === edition ? undefined : EDITION_INFO[item.edition].lang;
  return (
    <form method="post" action={newsletterPaths.api.preferences}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="edition" value={edition} />
      <fieldset className="nl-prefs">
        <legend>{t.legend}</legend>
        {newsletters.map((item) => (
          <div key={item.id} className="nl-pref">
            <input type="hidden" name="shown" value={item.id} />
            <input
              type="checkbox"
              id={`pref-${item.id}`}
              name="newsletter"
              value={item.id}
              defaultChecked={item.status === "subscribed"}
              aria-describedby={`pref-${item.id}-status`}
            />
            <label htmlFor={`pref-${item.id}`} lang={langOf(item)}>
              {item.name}
            </label>
            {item.description ? (
              <p className="nl-pref-detail" lang={langOf(item)}>
                {item.description}
              </p>
            ) : null}
            <p className="nl-pref-status" id={`pref-${item.id}-status`}>
              <strong>{t.status[item.status]}</strong>
              {item.since ? t.since(formatDate(item.since, timeZone, edition)) : null}
              {item.cadence ? ` · ${item.cadence}` : null}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="nl-actions">
        <button type="submit" name="action" value="save" className="button">
          {t.save}
        </button>
        {anySubscribed ? (
          <button
            type="submit"
            name="action"
            value="unsubscribe-all"
            className="button nl-button-secondary"
          >
            {t.unsubscribeAll}
          </button>
        ) : null}
      </div>
    </form>
  );
}
