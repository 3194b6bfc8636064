import type { Metadata } from "next";
import Link from "next/link";
import { ListSearch } from "@/components/editor/manage/list-search";
import { PageLinks } from "@/components/editor/manage/page-links";
import { requireStaff } from "@/lib/auth/session";
import { listAuthorsForManage } from "@/lib/authors/manage-queries";
import { readListParams } from "@/lib/manage/list-params";
import "../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Authors" };

export default async function AuthorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("author.manage", undefined, "/editor/authors");
  const { query, page } = readListParams(await searchParams);
  const list = await listAuthorsForManage({ query, page });

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Authors</h1>
          <p>
            Bylines, staff and guest. {list.total.toLocaleString("en")}{" "}
            {list.total === 1 ? "author" : "authors"}
            {query ? ` matching “${query}”` : ""}.
          </p>
        </div>
        <Link href="/editor/authors/new" className="ed-button ed-button-primary">
          <span aria-hidden="true">+</span> New author
        </Link>
      </header>
      <ListSearch
        action="/editor/authors"
        query={query}
        label="Filter authors"
        placeholder="Filter by name, slug or job title"
      />
      {list.authors.length ? (
        <table className="ed-table em-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Staff account</th>
              <th scope="col" className="em-num">
                Bylines
              </th>
            </tr>
          </thead>
          <tbody>
            {list.authors.map((author) => (
              <tr key={author.id}>
                <td>
                  <Link href={`/editor/authors/${author.id}`}>{author.name}</Link>
                  {author.jobTitle ? <div className="em-sub">{author.jobTitle}</div> : null}
                </td>
                <td>
                  <code className="em-code">/author/{author.slug}</code>
                </td>
                <td>
                  {author.account ? (
                    <>
                      {author.account.email}
                      {author.account.active ? null : (
                        <>
                          {" "}
                          <span className="ed-badge em-badge-off">Deactivated</span>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="ed-muted">No account</span>
                  )}
                </td>
                <td className="em-num">{author.bylineCount.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="em-empty">{query ? "No author matches this filter." : "No authors yet."}</p>
      )}
      <PageLinks
        base="/editor/authors"
        query={query}
        page={list.page}
        pageCount={list.pageCount}
        label="Author pages"
      />
    </>
  );
}
