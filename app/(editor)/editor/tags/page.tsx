import type { Metadata } from "next";
import Link from "next/link";
import { ListSearch } from "@/components/editor/manage/list-search";
import { PageLinks } from "@/components/editor/manage/page-links";
import { TagForm } from "@/components/editor/manage/tags/tag-form";
import { requireStaff } from "@/lib/auth/session";
import { readListParams } from "@/lib/manage/list-params";
import { listTagsForManage } from "@/lib/tags/manage-queries";
import "../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("tag.manage", undefined, "/editor/tags");
  const { query, page } = readListParams(await searchParams);
  const list = await listTagsForManage({ query, page });

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Tags</h1>
          <p>
            {list.total.toLocaleString("en")} {list.total === 1 ? "tag" : "tags"}
            {query ? ` matching “${query}”` : ""}. Each has a page at /tag/….
          </p>
        </div>
      </header>
      <div className="em-layout">
        <div className="em-main-col">
          <ListSearch
            action="/editor/tags"
            query={query}
            label="Filter tags"
            placeholder="Filter by name or slug"
          />
          {list.tags.length ? (
            <table className="ed-table em-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Address</th>
                  <th scope="col" className="em-num">
                    Articles
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.tags.map((tag) => (
                  <tr key={tag.id}>
                    <td>
                      <Link href={`/editor/tags/${tag.id}`}>{tag.name}</Link>
                      {tag.description ? <div className="em-sub">{tag.description}</div> : null}
                    </td>
                    <td>
                      <code className="em-code">/tag/{tag.slug}</code>
                    </td>
                    <td className="em-num">{tag.articleCount.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="em-empty">{query ? "No tag matches this filter." : "No tags yet."}</p>
          )}
          <PageLinks
            base="/editor/tags"
            query={query}
            page={list.page}
            pageCount={list.pageCount}
            label="Tag pages"
          />
        </div>
        <aside className="em-aside">
          <section className="ed-panel" aria-labelledby="new-tag-heading">
            <h2 id="new-tag-heading">New tag</h2>
            <TagForm />
          </section>
        </aside>
      </div>
    </>
  );
}
