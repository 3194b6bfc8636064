import { newsletterPaths } from "@/lib/newsletters/paths";
import { HoneypotField } from "./honeypot-field";

/** "Email me a link to manage my newsletters": a plain post, answered on /newsletters/manage. */
export function ManageLinkForm({ id = "manage-link" }: { id?: string }) {
  return (
    <form method="post" action={newsletterPaths.api.manageLink} className="nl-inline-form">
      <div className="nl-field">
        <label htmlFor={`${id}-email`}>Your email address</label>
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
      <button type="submit" className="button">
        Email me a link
      </button>
    </form>
  );
}
