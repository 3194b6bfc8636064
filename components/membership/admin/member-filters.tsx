import Link from "next/link";
import { STATUS_LABELS } from "@/lib/membership/labels";
import type { MemberFilters } from "@/lib/membership/dto";
import { MEMBER_STATUSES } from "@/lib/membership/member-params";

/** A plain GET form: works without JavaScript and keeps the filters in the address. */
export function MemberFilterForm({
  filters,
  tiers,
}: {
  filters: MemberFilters;
  tiers: { id: string; name: string }[];
}) {
  const filtered = Boolean(filters.query || filters.tierId || filters.status || filters.since);
  return (
    <form
      className="enl-filters"
      action="/editor/members"
      method="get"
      role="search"
      aria-label="Filter members"
    >
      <div className="ed-field">
        <label htmlFor="member-q">Email or name</label>
        <input
          id="member-q"
          type="search"
          name="q"
          defaultValue={filters.query}
          spellCheck={false}
          autoCapitalize="none"
        />
      </div>
      <div className="ed-field">
        <label htmlFor="member-tier">Tier</label>
        <select id="member-tier" name="tier" defaultValue={filters.tierId}>
          <option value="">Every tier</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
          <option value="none">Own amount</option>
        </select>
      </div>
      <div className="ed-field">
        <label htmlFor="member-status">Status</label>
        <select id="member-status" name="status" defaultValue={filters.status}>
          <option value="">Any status</option>
          {MEMBER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="ed-field">
        <label htmlFor="member-since">Member since</label>
        <input id="member-since" type="date" name="since" defaultValue={filters.since ?? ""} />
      </div>
      <div className="enl-filter-actions">
        <button type="submit" className="ed-button">
          Filter
        </button>
        {filtered ? (
          <Link className="ed-button ed-button-quiet" href="/editor/members">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
