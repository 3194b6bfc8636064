import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { TagForm } from "@/components/editor/manage/tags/tag-form";
import { requireStaff } from "@/lib/auth/session";
import { deleteTagAction } from "@/lib/tags/actions";
import { getTagForManage } from "@/lib/tags/manage-queries";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Edit tag" };

export default async function EditTagPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff("tag.manage", undefined, `/editor/tags/${id}`);
  const tag = await getTagForManage(id);
  if (!tag) notFound();
  const count = tag.articleCount;
  const articles = `${count.toLocaleString("en")} ${count === 1 ? "article" : "articles"}`;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/tags", label: "Tags" }} />
      <header className="ed-page-head">
        <div>
          <h1>{tag.name}</h1>
          <p>
            <a href={`/tag/${tag.slug}`}>/tag/{tag.slug}</a> · on {articles}
          </p>
        </div>
      </header>
      <div className="em-layout">
        <section className="ed-panel" aria-labelledby="tag-details">
          <h2 id="tag-details">Details</h2>
          <TagForm
            id={tag.id}
            initial={{ name: tag.name, slug: tag.slug, description: tag.description }}
          />
        </section>
        <aside className="em-aside">
          <section className="ed-panel em-danger-panel" aria-labelledby="tag-delete">
            <h2 id="tag-delete">Delete</h2>
            <ConfirmAction
              action={deleteTagAction}
              input={{ id: tag.id }}
              label="Delete tag…"
              confirmLabel="Delete for good"
              danger
              redirectTo="/editor/tags"
              question={
                <p>
                  Delete “{tag.name}”?{" "}
                  {count > 0
                    ? `It will be taken off ${articles}; the articles themselves stay as they are. `
                    : ""}
                  The page /tag/{tag.slug} will stop working.
                </p>
              }
            />
          </section>
        </aside>
      </div>
    </>
  );
}
