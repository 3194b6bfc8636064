import type { TierDto } from "@/lib/membership/dto";
import { formatMoney } from "@/lib/membership/rules";

/**
 * One tier as a plain form: the reader picks monthly or annual (when both
 * are offered) and is sent on to checkout. Works without JavaScript.
 */
export function TierCard({
  tier,
  currency,
  featured,
}: {
  tier: TierDto;
  currency: string;
  featured: boolean;
}) {
  const choices = [
    tier.monthlyAmount !== null
      ? { value: `${tier.id}:month`, label: `${formatMoney(tier.monthlyAmount, currency)} a month` }
      : null,
    tier.annualAmount !== null
      ? { value: `${tier.id}:year`, label: `${formatMoney(tier.annualAmount, currency)} a year` }
      : null,
  ].filter((choice) => choice !== null);
  const headingId = `tier-${tier.id}`;
  const saving =
    tier.monthlyAmount !== null && tier.annualAmount !== null
      ? tier.monthlyAmount * 12 - tier.annualAmount
      : 0;
  return (
    <form
      className={featured ? "mb-tier is-featured" : "mb-tier"}
      method="post"
      action="/api/membership/checkout"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="mb-tier-name">
        {tier.name}
      </h3>
      <p className="mb-tier-price">
        {formatMoney(tier.monthlyAmount ?? tier.annualAmount ?? 0, currency)}
        <span> / {tier.monthlyAmount !== null ? "month" : "year"}</span>
      </p>
      {tier.description ? <p className="mb-tier-text">{tier.description}</p> : null}
      {choices.length > 1 ? (
        <fieldset className="mb-choices">
          <legend>How often to pay</legend>
          {choices.map((choice, index) => (
            <label key={choice.value}>
              <input type="radio" name="plan" value={choice.value} defaultChecked={index === 0} />{" "}
              {choice.label}
              {choice.value.endsWith("year") && saving > 0 ? (
                <span className="mb-saving"> (save {formatMoney(saving, currency)})</span>
              ) : null}
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="plan" value={choices[0]?.value ?? ""} />
      )}
      <button type="submit" className="button mb-button">
        Join as {tier.name}
      </button>
    </form>
  );
}
