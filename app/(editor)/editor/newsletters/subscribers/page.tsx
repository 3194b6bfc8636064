import type { Metadata } from "next";
import Link from "next/link";
import { FilteredPageLinks } from "@/components/editor/manage/page-links";
import { NewsletterTabs } from "@/components/newsletters/admin/newsletter-tabs";
import { SubscriberFilterForm } from "@/components/newsletters/admin/subscriber-filters";
import { SubscriberTable } from "@/components/newsletters/admin/subscriber-table";
import { requireStaff } from "@/lib/auth/session";
import { listNewslettersForManage } from "@/lib/newsletters/admin/newsletter-queries";
import { readSubscriberParams, subscriberSearch } from "@/lib/newsletters/admin/subscriber-params";
import { listSubscriptions } from "@/lib/newsletters/admin/subscriber-queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Subscribers" };

const BASE = "/editor/newsletters/subscribers";

export default async function SubscribersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("subscriber.manage", undefined, BASE);
  const { page, ...filters } = readSubscriberParams(await searchParams);
  const [list, newsletters, settings] = await Promise.all([
    listSubscriptions({ ...filters, page }),
    listNewslettersForManage(),
    getSiteSettings(),
  ]);
  const search = subscriberSearch(filters);
  const filtered = Boolean(search);

  return (
    <>
      <NewsletterTabs current="subscribers" />
      <header className="ed-page-head">
        <div>
          <h1>Subscribers</h1>
          <p>
            {list.total.toLocaleString("en")} {list.total === 1 ? "subscription" : "subscriptions"}
            {filtered ? " match these filters" : " across every newsletter"}. One row per address
            and newsletter.
          </p>
        </div>
        <div className="em-actions">
          <a className="ed-button" href={`${BASE}/export${search ? `?${search}` : ""}`} download>
            Export CSV{filtered ? " (filtered)" : ""}
          </a>
          <Link className="ed-button" href={`${BASE}/import`}>
            Import CSV
          </Link>
        </div>
      </header>

      <section className="enl-section" aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="visually-hidden">
          Subscriptions per newsletter
        </h2>
        <div className="enl-table-wrap">
          <table className="ed-table em-table enl-count-table">
            <thead>
              <tr>
                <th scope="col">Newsletter</th>
                <th scope="col" className="em-num">
                  Confirmed
                </th>
                <th scope="col" className="em-num">
                  Pending
                </th>
                <th scope="col" className="em-num">
                  Unsubscribed
                </th>
              </tr>
            </thead>
            <tbody>
              {newsletters.map((newsletter) => (
                <tr key={newsletter.id}>
                  <th scope="row">{newsletter.name}</th>
                  {(["CONFIRMED", "PENDING", "UNSUBSCRIBED"] as const).map((status) => (
                    <td key={status} className="em-num">
                      <Link
                        href={`${BASE}?${subscriberSearch({ query: "", newsletterId: newsletter.id, status })}`}
                        aria-label={`${newsletter.counts[status].toLocaleString("en")} ${status.toLowerCase()} on ${newsletter.name}`}
                      >
                        {newsletter.counts[status].toLocaleString("en")}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <SubscriberFilterForm filters={filters} newsletters={newsletters} />
      {list.rows.length ? (
        <SubscriberTable rows={list.rows} timeZone={settings.timezone} />
      ) : (
        <p className="em-empty">
          {filtered ? "Nobody matches these filters." : "No subscribers yet."}
        </p>
      )}
      <FilteredPageLinks
        href={(to) => {
          const query = subscriberSearch(filters, to);
          return query ? `${BASE}?${query}` : BASE;
        }}
        page={list.page}
        pageCount={list.pageCount}
        label="Subscriber pages"
      />
    </>
  );
}
