import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/editor/lists/article-table";
import { ListEmptyState } from "@/components/editor/lists/list-empty-state";
import { ListFilters } from "@/components/editor/lists/list-filters";
import { ListPagination } from "@/components/editor/lists/list-pagination";
import {
  getEditorListOptions,
  listEditorArticles,
  seesEveryArticle,
} from "@/lib/articles/editor-lists";
import { hasListFilters, parseEditorListParams } from "@/lib/articles/editor-list-params";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-lists.css";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorArticlesPage({ searchParams }: Props) {
  const staff = await requireStaff("editor.enter", undefined, "/editor/articles");
  const filters = parseEditorListParams(await searchParams);
  const settings = await getSiteSettings();
  const now = new Date();
  const [result, options] = await Promise.all([
    listEditorArticles(staff, filters, { timeZone: settings.timezone, now }),
    getEditorListOptions(staff),
  ]);
  const seesAll = seesEveryArticle(staff);
  const canCreate = can(staff.role, "article.create");
  const otherFilters = hasListFilters({ ...filters, q: "" });
  const verb = result.total === 1 ? "matches" : "match";

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Articles</h1>
          <p>
            {seesAll
              ? "Every article and page, most recently updated first."
              : "Your own articles, most recently updated first."}
          </p>
        </div>
        {canCreate ? (
          <Link href="/editor/articles/new" className="ed-button ed-button-primary">
            <span aria-hidden="true">+</span> New article
          </Link>
        ) : null}
      </header>

      {/* "Only mine" would change nothing for those who only see their own. */}
      <ListFilters filters={filters} options={options} offerMine={seesAll} />

      {result.total > 0 ? (
        <p className="edl-summary" role="status">
          {result.totalIsCapped ? "More than " : null}
          {result.total.toLocaleString("en")} {result.total === 1 ? "article" : "articles"}
          {filters.q ? (
            <>
              {" "}
              {verb} <strong>“{filters.q}”</strong>
            </>
          ) : null}
          {otherFilters ? (filters.q ? " with these filters" : ` ${verb} these filters`) : null}
        </p>
      ) : null}

      {result.items.length ? (
        <>
          <ArticleTable items={result.items} now={now} timeZone={settings.timezone} />
          <ListPagination
            filters={filters}
            pageCount={result.pageCount}
            hasMore={result.totalIsCapped}
          />
        </>
      ) : (
        <ListEmptyState
          filters={filters}
          total={result.total}
          seesAll={seesAll}
          canCreate={canCreate}
        />
      )}
    </>
  );
}
