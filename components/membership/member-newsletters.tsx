import type { MemberNewsletterDto } from "@/lib/membership/dto";

/** Members' newsletters on the account page: one button each, no JavaScript needed. */
export function MemberNewsletters({ newsletters }: { newsletters: MemberNewsletterDto[] }) {
  return (
    <section id="member-newsletters" className="account-card" aria-labelledby="mn-heading">
      <h2 id="mn-heading">Members&apos; newsletters</h2>
      <ul className="account-history">
        {newsletters.map((newsletter) => (
          <li key={newsletter.id} className="account-newsletter">
            <div>
              <strong>{newsletter.name}</strong>
              {newsletter.description ? <p>{newsletter.description}</p> : null}
            </div>
            <form method="post" action="/api/membership/newsletters">
              <input type="hidden" name="newsletterId" value={newsletter.id} />
              <input type="hidden" name="subscribe" value={newsletter.subscribed ? "0" : "1"} />
              <button
                type="submit"
                className={newsletter.subscribed ? "button-quiet" : "button"}
                aria-label={`${newsletter.subscribed ? "Leave" : "Subscribe to"} ${newsletter.name}`}
              >
                {newsletter.subscribed ? "Leave" : "Subscribe"}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
