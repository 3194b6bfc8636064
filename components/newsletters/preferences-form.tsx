import { formatDate } from "@/lib/dates/format";
import { newsletterPaths } from "@/lib/newsletters/paths";
import type { PreferenceItem } from "@/lib/newsletters/dto";

const STATUS_LABELS: Record<PreferenceItem["status"], string> = {
  subscribed: "Subscribed",
  pending: "Waiting for your confirmation",
  unsubscribed: "Unsubscribed",
  "not-subscribed": "Not subscribed",
};

/** The reader's newsletters as checkboxes; a plain form post, answered with this page again. */
export function PreferencesForm({
  token,
  newsletters,
  timeZone,
}: {
  token: string;
  newsletters: PreferenceItem[];
  timeZone: string;
}) {
  const anySubscribed = newsletters.some((item) => item.status === "subscribed");
  return (
    <form method="post" action={newsletterPaths.api.preferences}>
      <input type="hidden" name="token" value={token} />
      <fieldset className="nl-prefs">
        <legend>Tick the newsletters you want to receive</legend>
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
            <label htmlFor={`pref-${item.id}`}>{item.name}</label>
            {item.description ? <p className="nl-pref-detail">{item.description}</p> : null}
            <p className="nl-pref-status" id={`pref-${item.id}-status`}>
              <strong>{STATUS_LABELS[item.status]}</strong>
              {item.since ? ` since ${formatDate(item.since, timeZone)}` : null}
              {item.cadence ? ` · ${item.cadence}` : null}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="nl-actions">
        <button type="submit" name="action" value="save" className="button">
          Save my choices
        </button>
        {anySubscribed ? (
          <button
            type="submit"
            name="action"
            value="unsubscribe-all"
            className="button nl-button-secondary"
          >
            Unsubscribe from all
          </button>
        ) : null}
      </div>
    </form>
  );
}
