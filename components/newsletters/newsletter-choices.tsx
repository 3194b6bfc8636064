import type { NewsletterCardDto } from "@/lib/newsletters/dto";

/**
 * A checkbox per newsletter, inside the one sign-up form. Nothing is ticked
 * for the reader: signing up is their choice, newsletter by newsletter.
 */
export function NewsletterChoices({
  id,
  newsletters,
  checked,
  anchors,
  invalid,
  describedBy,
}: {
  id: string;
  newsletters: Pick<NewsletterCardDto, "slug" | "name" | "description" | "cadence">[];
  checked: string[];
  anchors: boolean;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <fieldset
      className="nl-choices"
      aria-describedby={describedBy}
      data-invalid={invalid ? "true" : undefined}
    >
      <legend className="nl-label">
        Choose your newsletters{" "}
        <span className="nl-required" aria-hidden="true">
          *
        </span>
      </legend>
      <ul className="nl-choice-list">
        {newsletters.map((newsletter) => {
          const box = `${id}-${newsletter.slug}`;
          return (
            <li
              key={newsletter.slug}
              className="nl-choice"
              id={anchors ? newsletter.slug : undefined}
            >
              <input
                type="checkbox"
                id={box}
                name="newsletter"
                value={newsletter.slug}
                defaultChecked={checked.includes(newsletter.slug)}
                aria-describedby={newsletter.description ? `${box}-about` : undefined}
              />
              <label htmlFor={box}>
                <span className="nl-choice-name">{newsletter.name}</span>
                {newsletter.cadence ? (
                  <span className="nl-choice-cadence">{newsletter.cadence}</span>
                ) : null}
              </label>
              {newsletter.description ? (
                <p className="nl-choice-about" id={`${box}-about`}>
                  {newsletter.description}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
