import type { Metadata } from "next";
import Link from "next/link";
import { PurgeTable } from "@/components/editor/purges/purge-table";
import { requireStaff } from "@/lib/auth/session";
import { listPurges, readPurgeFilter } from "@/lib/edge/purge-queries";
import { PURGE_FILTERS } from "@/lib/edge/dto";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-manage.css";
import "../../../styles/editor-outbox.css";

export const metadata: Metadata = { title: "Edge purges" };

const FILTER_LABELS = { waiting: "Waiting", failed: "Failed", done: "Done" } as const;

/**
 * Every change's purge at the edge caches, newest first: what is waiting,
 * what an edge refused and why. Admins only.
 */
export default async function PurgesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff("settings.manage", undefined, "/editor/purges");
  const params = await searchParams;
  const filter = readPurgeFilter(params.status);
  const [list, { timezone }] = await Promise.all([listPurges(staff, filter), getSiteSettings()]);

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Edge purges</h1>
          <p>
            After every change, the pages that show it are purged at each edge cache, once at once
            and once more a moment later. A purge an edge did not take is tried again until it does.
            Times are {timezone}.
          </p>
        </div>
      </header>
      {list.edges.length ? (
        <p className="ed-notice eo-notice">
          Purging {list.edges.join(", ")}.{" "}
          {list.counts.waiting
            ? `${list.counts.waiting} waiting; the oldest for ${Math.round(list.lagSeconds)} s.`
            : "Nothing is waiting."}
        </p>
      ) : (
        <p className="ed-notice eo-notice">
          No edge cache is configured (<code>EDGE_PURGE_URLS</code>): changes refresh this
          site&apos;s own caches only.
        </p>
      )}
      {params.retried === "1" ? (
        <p className="ed-notice eo-notice" role="status">
          The purge will be sent again at once.
        </p>
      ) : null}
      {params.retried === "0" || typeof params.retry === "string" ? (
        <p className="ed-notice eo-notice" role="status">
          That purge was not sent again: it is no longer waiting or failed.
        </p>
      ) : null}
      <nav className="eo-filters" aria-label="Purges by status">
        <ul className="eo-tabs">
          <li>
            <Link href="/editor/purges" aria-current={filter === null ? "page" : undefined}>
              All
            </Link>
          </li>
          {PURGE_FILTERS.map((name) => (
            <li key={name}>
              <Link
                href={`/editor/purges?status=${name}`}
                aria-current={filter === name ? "page" : undefined}
              >
                {FILTER_LABELS[name]} ({list.counts[name]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length ? (
        <PurgeTable rows={list.rows} timezone={timezone} />
      ) : (
        <p className="em-empty">No change matches this filter.</p>
      )}
    </>
  );
}
