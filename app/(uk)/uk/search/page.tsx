import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SearchResults } from "@/components/search/search-results";
import { messagesFor } from "@/lib/i18n/messages";
import { SearchBusyError } from "@/lib/search/guard";
import { cleanSearchQuery, MAX_QUERY, readSearchParams, searchHref } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";
import { IslandsOnly } from "@/components/islands/server";

// Rendered per request, never kept in the page cache (as the English search).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const t = messagesFor("uk");
const SEARCH_PATH = paths.edition("uk").search;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, params] = await Promise.all([
    getSiteSettings(),
    searchParams.then(readSearchParams),
  ]);
  return {
    title: params.q ? `${t.search}: ${params.q} | ${site.name}` : `${t.search} | ${site.name}`,
    description: t.searchDescription(site.name),
    robots: { index: false, follow: true },
  };
}

/**
 * The Ukrainian edition's search: its own stories only, found in any
 * grammatical form (lib/search/query-sql.ts). The query alone; the English
 * search's filters by section, author and date are not offered here yet.
 */
export default async function UkrainianSearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const clean = cleanSearchQuery(raw, SEARCH_PATH);
  if (clean !== null) redirect(clean);
  const params = { ...readSearchParams(raw), section: null, author: null, from: null, to: null };
  const site = await getSiteSettings();
  const result = await searchArticles(params, site.timezone, "uk").catch((error: unknown) => {
    if (error instanceof SearchBusyError) return null;
    throw error;
  });

  return (
    <div className="container list-page search-page">
      <IslandsOnly />
      <header className="list-header">
        <h1>{t.search}</h1>
        <form action={SEARCH_PATH} method="get" role="search" className="search-form">
          <div className="search-main">
            <label htmlFor="search-q" className="visually-hidden">
              {t.searchLabel}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={params.q}
              maxLength={MAX_QUERY}
              autoComplete="off"
            />
            <button type="submit" className="button">
              {t.searchButton}
            </button>
          </div>
        </form>
      </header>
      {!result ? (
        <div className="search-help" role="status">
          <p>{t.searchBusy}</p>
        </div>
      ) : !params.q ? (
        <div className="search-help">
          <p>{t.searchHelp}</p>
        </div>
      ) : result.hits.length ? (
        <>
          <p className="search-summary" role="status">
            {t.searchResults(result.total, result.totalKind)} <strong>{params.q}</strong>
          </p>
          <SearchResults hits={result.hits} timeZone={site.timezone} />
          <nav className="pagination" aria-label={t.searchPages}>
            {params.page > 1 ? (
              <Link
                href={searchHref(params, { page: params.page - 1 }, SEARCH_PATH)}
                rel="prev"
                className="pagination-link"
              >
                {t.previous}
              </Link>
            ) : (
              <span />
            )}
            {params.page < result.pageCount ? (
              <Link
                href={searchHref(params, { page: params.page + 1 }, SEARCH_PATH)}
                rel="next"
                className="pagination-link"
              >
                {t.next}
              </Link>
            ) : null}
          </nav>
        </>
      ) : (
        <div className="search-help" role="status">
          <p>
            {t.searchNoResults} <strong>{params.q}</strong>.
          </p>
          <p>{t.searchTryAgain}</p>
        </div>
      )}
    </div>
  );
}
