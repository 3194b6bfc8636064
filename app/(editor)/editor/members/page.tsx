import type { Metadata } from "next";
import { FilteredPageLinks } from "@/components/editor/manage/page-links";
import { MemberFilterForm } from "@/components/membership/admin/member-filters";
import { MemberTable } from "@/components/membership/admin/member-table";
import { MembersTabs } from "@/components/membership/admin/members-tabs";
import { RevenueChart } from "@/components/membership/admin/revenue-chart";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { memberSearch, readMemberParams } from "@/lib/membership/member-params";
import { listTiersForManage } from "@/lib/membership/queries";
import { formatMoney } from "@/lib/membership/rules";
import {
  getMemberCounts,
  getOfferCurrency,
  getRevenueOverTime,
  listMembers,
} from "@/lib/membership/staff-queries";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/editor-manage.css";
import "@/app/styles/editor-newsletters.css";
import "@/app/styles/editor-members.css";

export const metadata: Metadata = { title: "Members" };

const BASE = "/editor/members";

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff("member.read", undefined, BASE);
  const { page, ...filters } = readMemberParams(await searchParams);
  const [list, counts, revenue, tiers, currency, settings] = await Promise.all([
    listMembers({ ...filters, page }),
    getMemberCounts(),
    getRevenueOverTime(),
    listTiersForManage(),
    getOfferCurrency(),
    getSiteSettings(),
  ]);
  const search = memberSearch(filters);
  const filtered = Boolean(search);

  return (
    <>
      <MembersTabs current="members" />
      <header className="ed-page-head">
        <div>
          <h1>Members</h1>
          <p>
            Readers who pay for the newsroom. Their state comes from Stripe alone; receipts, cards
            and refunds are in Stripe&apos;s dashboard.
          </p>
        </div>
        {can(staff.role, "member.export") ? (
          <div className="em-actions">
            <a className="ed-button" href={`${BASE}/export${search ? `?${search}` : ""}`} download>
              Export CSV{filtered ? " (filtered)" : ""}
            </a>
          </div>
        ) : null}
      </header>

      <section aria-labelledby="member-counts" className="mm-section">
        <h2 id="member-counts" className="visually-hidden">
          Counts
        </h2>
        <dl className="mm-stats">
          <div>
            <dt>Active members</dt>
            <dd>{counts.active.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>Monthly recurring revenue</dt>
            <dd>{formatMoney(counts.mrr, currency)}</dd>
          </div>
          <div>
            <dt>Payment overdue</dt>
            <dd>{counts.pastDue.toLocaleString("en")}</dd>
          </div>
          <div>
            <dt>Ended</dt>
            <dd>{counts.canceled.toLocaleString("en")}</dd>
          </div>
        </dl>
        {counts.perTier.length ? (
          <p className="mm-tiers">
            Active by tier:{" "}
            {counts.perTier.map((tier, index) => (
              <span key={tier.tierId ?? "own"}>
                {index ? " · " : ""}
                {tier.name} <strong>{tier.active.toLocaleString("en")}</strong>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="mrr-heading" className="ed-panel mm-section">
        <h2 id="mrr-heading">Monthly recurring revenue</h2>
        <RevenueChart points={revenue} currency={currency} />
      </section>

      <h2 className="mm-list-heading">
        {list.total.toLocaleString("en")} {list.total === 1 ? "member" : "members"}
        {filtered ? " match these filters" : ""}
      </h2>
      <MemberFilterForm filters={filters} tiers={tiers} />
      {list.rows.length ? (
        <MemberTable rows={list.rows} timeZone={settings.timezone} />
      ) : (
        <p className="em-empty">{filtered ? "Nobody matches these filters." : "No members yet."}</p>
      )}
      <FilteredPageLinks
        href={(to) => {
          const query = memberSearch(filters, to);
          return query ? `${BASE}?${query}` : BASE;
        }}
        page={list.page}
        pageCount={list.pageCount}
        label="Member pages"
      />
    </>
  );
}
