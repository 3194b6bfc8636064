import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LatestStories } from "@/components/article/latest-stories";
import { IslandsOnly, SearchForm } from "@/components/islands/server";
import { SearchResults } from "@/components/search/search-results";
import { getLatestArticles } from "@/lib/articles/lists";
import { messagesFor } from "@/lib/i18n/messages";
import { listAuthors } from "@/lib/authors/queries";
import { SearchBusyError } from "@/lib/search/guard";
import { cleanSearchQuery, MAX_QUERY, readSearchParams, searchHref } from "@/lib/search/params";
import type { SearchParams } from "@/lib/search/dto";
import { RANKED_CANDIDATES } from "@/lib/search/limits";
import { searchArticles } from "@/lib/search/queries";
import { getNavigationSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, params] = await Promise.all([
    getSiteSettings(),
    searchParams.then(readSearchParams),
  ]);
  return {
    title: params.q ? `Search: ${params.q} | ${site.name}` : `Search | ${site.name}`,
    description: `Search every story published by ${site.name}.`,
    // Result pages are endless and thin: never indexed (robots.txt also keeps
    // crawlers out), and no canonical, which would ask for one to be.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  // The form is a plain GET, so without its script it sends every field,
  // empty or not: the address that means the same without them.
  const clean = cleanSearchQuery(raw);
  if (clean !== null) redirect(clean);
  const params = readSearchParams(raw);
  const [site, sections, authors] = await Promise.all([
    getSiteSettings(),
    getNavigationSections(),
    listAuthors(),
  ]);
  const result = await searchArticles(params, site.timezone).catch((error: unknown) => {
    if (error instanceof SearchBusyError) return null;
    throw error;
  });
  if (!result) return <SearchBusy params={params} sections={sections} authors={authors} />;
  const latest = result.hits.length ? [] : await getLatestArticles(5);
  const filtered = Boolean(params.section || params.author || params.from || params.to);

  return (
    <div className="container list-page search-page">
      <IslandsOnly />
      <header className="list-header">
        <h1>Search</h1>
        <SearchForm params={params} sections={sections} authors={authors} />
        {params.shortened ? (
          <p className="search-notice">
            Searches are limited to {MAX_QUERY} characters, so only the words that fit were searched
            for: <strong>{params.q}</strong>
          </p>
        ) : null}
      </header>

      {!params.q ? (
        <div className="search-help">
          <p>Search every story we have published: words, names and places.</p>
          <ul>
            <li>
              Put a phrase in quotes: <code>&quot;grain corridor&quot;</code>
            </li>
            <li>
              Leave a word out with a minus: <code>drones -Kharkiv</code>
            </li>
            <li>
              Either word: <code>Kherson OR Mykolaiv</code>
            </li>
          </ul>
        </div>
      ) : result.hits.length ? (
        <>
          <p className="search-summary" role="status">
            {messagesFor("en").searchResults(result.total, result.totalKind)}{" "}
            <strong>{params.q}</strong>
            {params.page > 1 ? `, page ${params.page}` : ""}
          </p>
          <SearchResults hits={result.hits} timeZone={site.timezone} />
          {params.page >= result.pageCount && result.olderBeyond ? (
            <p className="search-notice">
              These are the {RANKED_CANDIDATES} newest matching stories, ranked. To reach older
              ones, search between two dates.
            </p>
          ) : null}
          <nav className="pagination" aria-label="Search result pages">
            {params.page > 1 ? (
              <Link
                href={searchHref(params, { page: params.page - 1 })}
                rel="prev"
                className="pagination-link"
              >
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            {params.page < result.pageCount ? (
              <Link
                href={searchHref(params, { page: params.page + 1 })}
                rel="next"
                className="pagination-link"
              >
                Next →
              </Link>
            ) : null}
          </nav>
        </>
      ) : (
        <div className="search-help" role="status">
          {params.page > 1 && result.total > 0 ? (
            <p>
              There are no more results for <strong>{params.q}</strong>.{" "}
              <Link href={searchHref(params, { page: 1 })}>Back to the first page</Link>
            </p>
          ) : (
            <p>
              No stories match <strong>{params.q}</strong>
              {filtered ? " with these filters" : ""}.
            </p>
          )}
          <ul>
            <li>Check the spelling, or try fewer or more general words.</li>
            {filtered ? (
              <li>
                <Link
                  href={searchHref({
                    ...params,
                    section: null,
                    author: null,
                    from: null,
                    to: null,
                    page: 1,
                  })}
                >
                  Search all stories for “{params.q}”
                </Link>
              </li>
            ) : null}
          </ul>
          <LatestStories id="search-latest" stories={latest} />
        </div>
      )}
    </div>
  );
}

/** Too many searches at once on this server: say so, and keep the form. */
function SearchBusy(props: {
  params: SearchParams;
  sections: Parameters<typeof SearchForm>[0]["sections"];
  authors: Parameters<typeof SearchForm>[0]["authors"];
}) {
  return (
    <div className="container list-page search-page">
      <IslandsOnly />
      <header className="list-header">
        <h1>Search</h1>
        <SearchForm params={props.params} sections={props.sections} authors={props.authors} />
      </header>
      <div className="search-help" role="status">
        <p>Search is busy right now. Please try again in a moment.</p>
      </div>
    </div>
  );
}
