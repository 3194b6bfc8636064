import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ENTITY_LABELS, AUDIT_ENTITY_TYPES, parseAuditFilters } from "@/lib/audit/params";
import type { AuditFilters } from "@/lib/audit/dto";
import { listAuditActors, listAuditEntries } from "@/lib/audit/queries";
import { requireStaff } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-lists.css";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefWith(filters: AuditFilters, after: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, after }))
    if (value) params.set(key, value);
  return `/editor/audit?${params}`;
}

/** Who did what to which article, account or setting: admins only. */
export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaff("audit.read", undefined, "/editor/audit");
  const filters = parseAuditFilters(await searchParams);
  const { timezone } = await getSiteSettings();
  const [{ entries, nextAfter }, actors] = await Promise.all([
    listAuditEntries(staff, filters, timezone),
    listAuditActors(staff),
  ]);
  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Audit log</h1>
          <p>
            Every change to articles, accounts, taxonomy and settings, newest first. Times are{" "}
            {timezone}.
          </p>
        </div>
      </header>
      <form
        className="edl-filters"
        method="get"
        action="/editor/audit"
        aria-label="Filter the audit log"
      >
        <fieldset className="edl-filter-row">
          <legend className="visually-hidden">Filters</legend>
          <div className="ed-field">
            <label htmlFor="audit-type">Kind</label>
            <select id="audit-type" name="entityType" defaultValue={filters.entityType ?? ""}>
              <option value="">Everything</option>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {AUDIT_ENTITY_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
          <div className="ed-field">
            <label htmlFor="audit-action">Action starts with</label>
            <input
              id="audit-action"
              name="action"
              defaultValue={filters.action ?? ""}
              placeholder="article.publish"
            />
          </div>
          <div className="ed-field">
            <label htmlFor="audit-actor">Who</label>
            <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
              <option value="">Anyone</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name || actor.email}
                </option>
              ))}
            </select>
          </div>
          <div className="ed-field">
            <label htmlFor="audit-from">From</label>
            <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
          </div>
          <div className="ed-field">
            <label htmlFor="audit-to">To</label>
            <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
          </div>
        </fieldset>
        {filters.entityId ? <input type="hidden" name="entityId" value={filters.entityId} /> : null}
        <div className="edl-filter-actions">
          <button className="ed-button ed-button-primary" type="submit">
            Filter
          </button>
          <Link className="ed-button ed-button-quiet" href="/editor/audit">
            Clear
          </Link>
        </div>
      </form>
      {entries.length ? (
        <table className="ed-table">
          <caption className="visually-hidden">Audit entries</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">On</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at.toISOString()}>
                    {formatDateTime(entry.at, timezone)}
                  </time>
                </td>
                <td>{entry.actor ?? <span className="ed-muted">System</span>}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  <span className="ed-muted">{entry.entityType} </span>
                  {entry.entityHref ? (
                    <Link href={entry.entityHref}>{entry.entityLabel}</Link>
                  ) : (
                    <span className="ed-muted">{entry.entityId}</span>
                  )}{" "}
                  <Link
                    className="ed-muted"
                    href={`/editor/audit?entityType=${entry.entityType}&entityId=${encodeURIComponent(entry.entityId)}`}
                  >
                    (history)
                  </Link>
                </td>
                <td>
                  {entry.data ? (
                    <code className="edl-audit-data">{entry.data.slice(0, 300)}</code>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="ed-panel">Nothing matches these filters.</p>
      )}
      {nextAfter ? (
        <p>
          <Link className="ed-button" href={hrefWith(filters, nextAfter)}>
            Older entries →
          </Link>
        </p>
      ) : null}
    </>
  );
}
