import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorForm } from "@/components/editor/manage/authors/author-form";
import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { deleteAuthorAction } from "@/lib/authors/actions";
import { getAuthorForManage, listStaffAccountsForByline } from "@/lib/authors/manage-queries";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Edit author" };

export default async function EditAuthorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const staff = await requireStaff("author.manage", undefined, `/editor/authors/${id}`);
  const [author, accounts, query] = await Promise.all([
    getAuthorForManage(id),
    listStaffAccountsForByline(),
    searchParams,
  ]);
  if (!author) notFound();
  const count = author.bylineCount;
  const bylines = `${count.toLocaleString("en")} ${count === 1 ? "article" : "articles"}`;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/authors", label: "Authors" }} />
      <header className="ed-page-head">
        <div>
          <h1>{author.name}</h1>
          <p>
            <a href={`/author/${author.slug}`}>/author/{author.slug}</a> · credited on {bylines} ·{" "}
            {author.account ? `writes as ${author.account.email}` : "guest author"}
          </p>
        </div>
      </header>
      {query.created ? (
        <p className="ed-notice em-page-notice" role="status">
          Author created.
        </p>
      ) : null}
      <div className="em-layout">
        <section className="ed-panel" aria-labelledby="author-details">
          <h2 id="author-details">Profile</h2>
          <AuthorForm
            canLinkAccounts={can(staff.role, "staff.manage")}
            id={author.id}
            initial={{
              name: author.name,
              slug: author.slug,
              jobTitle: author.jobTitle,
              bio: author.bio,
              links: author.links,
              staffUserId: author.account?.id ?? "",
            }}
            accounts={accounts.map((account) => ({
              ...account,
              takenBy:
                account.authorId && account.authorId !== author.id ? account.authorName : null,
            }))}
          />
        </section>
        <aside className="em-aside">
          <section className="ed-panel em-danger-panel" aria-labelledby="author-delete">
            <h2 id="author-delete">Delete</h2>
            {count > 0 ? (
              <p className="ed-hint">
                Credited on {bylines}. Remove the byline from {count === 1 ? "it" : "them"} before
                deleting this author.
              </p>
            ) : (
              <ConfirmAction
                action={deleteAuthorAction}
                input={{ id: author.id }}
                label="Delete author…"
                confirmLabel="Delete for good"
                danger
                redirectTo="/editor/authors"
                question={
                  <p>
                    Delete “{author.name}”? The page /author/{author.slug} will stop working
                    {author.account ? " and the staff account will have no byline" : ""}.
                  </p>
                }
              />
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
