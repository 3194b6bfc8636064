import Link from "next/link";
import type { SubscriberFilters } from "@/lib/newsletters/admin/dto";

const STATUS_OPTIONS = [
  ["", "Any status"],
  ["CONFIRMED", "Confirmed"],
  ["PENDING", "Pending (not yet confirmed)"],
  ["UNSUBSCRIBED", "Unsubscribed"],
] as const;

/** A plain GET form: works without JavaScript and keeps the filters in the address. */
export function SubscriberFilterForm({
  filters,
  newsletters,
}: {
  filters: SubscriberFilters;
  newsletters: { id: string; name: string }[];
}) {
  const filtered = Boolean(filters.query || filters.newsletterId || filters.status);
  return (
    <form
      className="enl-filters"
      action="/editor/newsletters/subscribers"
      method="get"
      role="search"
      aria-label="Filter subscribers"
    >
      <div className="ed-field">
        <label htmlFor="subscriber-q">Email</label>
        <input
          id="subscriber-q"
          type="search"
          name="q"
          defaultValue={filters.query}
          placeholder="Part of an address"
          spellCheck={false}
          autoCapitalize="none"
        />
      </div>
      <div className="ed-field">
        <label htmlFor="subscriber-newsletter">Newsletter</label>
        <select id="subscriber-newsletter" name="newsletter" defaultValue={filters.newsletterId}>
          <option value="">All newsletters</option>
          {newsletters.map((newsletter) => (
            <option key={newsletter.id} value={newsletter.id}>
              {newsletter.name}
            </option>
          ))}
        </select>
      </div>
      <div className="ed-field">
        <label htmlFor="subscriber-status">Status</label>
        <select id="subscriber-status" name="status" defaultValue={filters.status}>
          {STATUS_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="enl-filter-actions">
        <button type="submit" className="ed-button">
          Filter
        </button>
        {filtered ? (
          <Link className="ed-button ed-button-quiet" href="/editor/newsletters/subscribers">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
