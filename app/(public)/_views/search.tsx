import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LatestStories } from "@/components/article/latest-stories";
import { IslandsOnly, SearchForm } from "@/components/islands/server";
import { SearchResults } from "@/components/search/search-results";
import { getLatestArticles } from "@/lib/articles/lists";
import { listAuthors } from "@/lib/authors/queries";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import type { SearchParams } from "@/lib/search/dto";
import { SearchBusyError } from "@/lib/search/guard";
import { RANKED_CANDIDATES } from "@/lib/search/limits";
import { cleanSearchQuery, MAX_QUERY, readSearchParams, searchHref } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { getNavigationSections } from "@/lib/sections/queries";
import { paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * An edition's search page (/search, /uk/search): its own stories only,
 * with the same form, filters, help and paging in its language. Different
 * for every query, so each route renders it per request.
 */
export function searchRoute(edition: Edition) {
  const t = messagesFor(edition);
  const text = t.searchPage;
  const base = paths.edition(edition).search;

  async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
    const [site, params] = await Promise.all([
      getSiteSettings(),
      searchParams.then(readSearchParams),
    ]);
    return {
      title: params.q ? `${t.search}: ${params.q} | ${site.name}` : `${t.search} | ${site.name}`,
      description: text.description(site.name),
      // Result pages are endless and thin: never indexed (robots.txt also keeps
      // crawlers out), and no canonical, which would ask for one to be.
      robots: { index: false, follow: true },
    };
  }

  async function Page({ searchParams }: Props) {
    const raw = await searchParams;
    // The form is a plain GET, so without its script it sends every field,
    // empty or not: the address that means the same without them.
    const clean = cleanSearchQuery(raw, base);
    if (clean !== null) redirect(clean);
    const params = readSearchParams(raw);
    const [site, sections, authors] = await Promise.all([
      getSiteSettings(),
      getNavigationSections(edition),
      listAuthors(),
    ]);
    // The island is handed what the form shows and no more: its props are
    // written into the page.
    const choices = (list: { slug: string; name: string }[]) =>
      list.map(({ slug, name }) => ({ slug, name }));
    const form = (
      <SearchForm
        params={params}
        sections={choices(sections)}
        authors={choices(authors)}
        text={text.form}
        action={base}
      />
    );
    const result = await searchArticles(params, site.timezone, edition).catch((error: unknown) => {
      if (error instanceof SearchBusyError) return null;
      throw error;
    });
    const latest = result && !result.hits.length ? await getLatestArticles(5, edition) : [];
    const filtered = Boolean(params.section || params.author || params.from || params.to);
    const href = (overrides: Partial<SearchParams>) => searchHref(params, overrides, base);

    return (
      <div className="container list-page search-page">
        <IslandsOnly />
        <header className="list-header">
          <h1>{t.search}</h1>
          {form}
          {result && params.shortened ? (
            <p className="search-notice">
              {text.shortened(MAX_QUERY)} <strong>{params.q}</strong>
            </p>
          ) : null}
        </header>

        {!result ? (
          // Too many searches at once on this server: say so, and keep the form.
          <div className="search-help" role="status">
            <p>{text.busy}</p>
          </div>
        ) : !params.q ? (
          <div className="search-help">
            <p>{text.help}</p>
            <ul>
              {text.tips.map(([tip, example]) => (
                <li key={example}>
                  {tip} <code>{example}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : result.hits.length ? (
          <>
            <p className="search-summary" role="status">
              {text.results(result.total, result.totalKind)} <strong>{params.q}</strong>
              {params.page > 1 ? text.onPage(params.page) : ""}
            </p>
            <SearchResults hits={result.hits} timeZone={site.timezone} />
            {params.page >= result.pageCount && result.olderBeyond ? (
              <p className="search-notice">{text.newestOnly(RANKED_CANDIDATES)}</p>
            ) : null}
            <nav className="pagination" aria-label={text.pages}>
              {params.page > 1 ? (
                <Link href={href({ page: params.page - 1 })} rel="prev" className="pagination-link">
                  {text.previous}
                </Link>
              ) : (
                <span />
              )}
              {params.page < result.pageCount ? (
                <Link href={href({ page: params.page + 1 })} rel="next" className="pagination-link">
                  {text.next}
                </Link>
              ) : null}
            </nav>
          </>
        ) : (
          <div className="search-help" role="status">
            {params.page > 1 && result.total > 0 ? (
              <p>
                {text.noMore} <strong>{params.q}</strong>.{" "}
                <Link href={href({ page: 1 })}>{text.backToFirst}</Link>
              </p>
            ) : (
              <p>
                {text.noMatch} <strong>{params.q}</strong>
                {filtered ? text.withFilters : ""}.
              </p>
            )}
            <ul>
              <li>{text.tryAgain}</li>
              {filtered ? (
                <li>
                  <Link href={href({ section: null, author: null, from: null, to: null, page: 1 })}>
                    {text.searchAll(params.q)}
                  </Link>
                </li>
              ) : null}
            </ul>
            <LatestStories id="search-latest" stories={latest} heading={text.latest} />
          </div>
        )}
      </div>
    );
  }

  return { generateMetadata, Page };
}
