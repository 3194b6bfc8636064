import Link from "next/link";
import { FilteredPageLinks } from "@/components/editor/manage/page-links";
import { OUTBOX_FILTER_LABELS, OUTBOX_FILTERS, outboxHref } from "@/lib/mail/outbox-params";
import type { OutboxFilter, OutboxParams } from "@/lib/mail/dto";

/**
 * Status tabs (plain links, with counts) and a recipient search (a GET form
 * that keeps the status): the whole list works without JavaScript.
 */
export function OutboxFilters({
  params,
  counts,
}: {
  params: OutboxParams;
  counts: Record<OutboxFilter, number>;
}) {
  const all = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const tabs: { status: OutboxFilter | null; label: string; count: number }[] = [
    { status: null, label: "All", count: all },
    ...OUTBOX_FILTERS.map((status) => ({
      status,
      label: OUTBOX_FILTER_LABELS[status],
      count: counts[status],
    })),
  ];
  return (
    <div className="eo-filters">
      <nav aria-label="Messages by status">
        <ul className="eo-tabs">
          {tabs.map((tab) => (
            <li key={tab.status ?? "all"}>
              <Link
                href={outboxHref({ ...params, status: tab.status }, 1)}
                aria-current={params.status === tab.status ? "page" : undefined}
              >
                {tab.label} <span className="eo-count">{tab.count.toLocaleString("en")}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form className="em-search eo-search" action="/editor/outbox" method="get" role="search">
        {params.status ? <input type="hidden" name="status" value={params.status} /> : null}
        <label htmlFor="outbox-search" className="visually-hidden">
          Search by recipient
        </label>
        <input
          id="outbox-search"
          className="ed-input"
          type="search"
          name="q"
          defaultValue={params.query}
          placeholder="Recipient address"
        />
        <button type="submit" className="ed-button">
          Search
        </button>
        {params.query ? (
          <Link
            className="ed-button ed-button-quiet"
            href={outboxHref({ ...params, query: "" }, 1)}
          >
            Clear
          </Link>
        ) : null}
      </form>
    </div>
  );
}

/** Previous / next, keeping status and search. */
export function OutboxPageLinks({
  params,
  pageCount,
}: {
  params: OutboxParams;
  pageCount: number;
}) {
  return (
    <FilteredPageLinks
      href={(page) => outboxHref(params, page)}
      page={params.page}
      pageCount={pageCount}
      label="Outbox pages"
      previous="← Newer"
      next="Older →"
    />
  );
}
