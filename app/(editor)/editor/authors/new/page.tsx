import type { Metadata } from "next";
import { AuthorForm } from "@/components/editor/manage/authors/author-form";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { listStaffAccountsForByline } from "@/lib/authors/manage-queries";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "New author" };

export default async function NewAuthorPage() {
  const staff = await requireStaff("author.manage", undefined, "/editor/authors/new");
  const accounts = await listStaffAccountsForByline();
  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/authors", label: "Authors" }} />
      <header className="ed-page-head">
        <h1>New author</h1>
      </header>
      <section className="ed-panel em-narrow" aria-label="Author details">
        <AuthorForm
          canLinkAccounts={can(staff.role, "staff.manage")}
          initial={{ name: "", slug: "", jobTitle: "", bio: "", links: [], staffUserId: "" }}
          accounts={accounts.map((account) => ({ ...account, takenBy: account.authorName }))}
        />
      </section>
    </>
  );
}
