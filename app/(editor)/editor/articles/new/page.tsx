import type { Metadata } from "next";
import { NewArticleForm } from "@/components/editor/article/new-article-form";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import "../../../../styles/editor-article.css";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const staff = await requireStaff("article.create", undefined, "/editor/articles/new");
  return (
    <div className="ae-new">
      <header className="ed-page-head">
        <div>
          <h1>New article</h1>
          <p>
            Start a draft. Everything else is set in the editor, and nothing is public until it is
            published.
          </p>
        </div>
      </header>
      <section className="ed-panel">
        <NewArticleForm canMakePages={can(staff.role, "page.manage")} />
      </section>
    </div>
  );
}
