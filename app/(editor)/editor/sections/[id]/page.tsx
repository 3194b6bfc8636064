import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { SectionForm } from "@/components/editor/manage/sections/section-form";
import { requireStaff } from "@/lib/auth/session";
import { deleteSectionAction } from "@/lib/sections/actions";
import { getSectionForManage } from "@/lib/sections/manage-queries";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Edit section" };

export default async function EditSectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  await requireStaff("section.manage", undefined, `/editor/sections/${id}`);
  const [section, query] = await Promise.all([getSectionForManage(id), searchParams]);
  if (!section) notFound();
  const count = section.articleCount;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/sections", label: "Sections" }} />
      <header className="ed-page-head">
        <div>
          <h1>{section.name}</h1>
          <p>
            <a href={`/${section.slug}`}>/{section.slug}</a> · {count.toLocaleString("en")}{" "}
            {count === 1 ? "article" : "articles"}
          </p>
        </div>
      </header>
      {query.created ? (
        <p className="ed-notice em-page-notice" role="status">
          Section created. It is live at /{section.slug}.
        </p>
      ) : null}
      <div className="em-layout">
        <section className="ed-panel" aria-labelledby="section-details">
          <h2 id="section-details">Details</h2>
          <SectionForm
            id={section.id}
            initial={{
              name: section.name,
              slug: section.slug,
              description: section.description,
              inNavigation: section.inNavigation,
            }}
          />
        </section>
        <aside className="em-aside">
          <section className="ed-panel" aria-labelledby="section-addresses">
            <h2 id="section-addresses">Old addresses</h2>
            {section.oldSlugs.length ? (
              <>
                <p className="ed-hint">These redirect permanently to /{section.slug}.</p>
                <ul className="em-plain-list">
                  {section.oldSlugs.map((slug) => (
                    <li key={slug}>
                      <code className="em-code">/{slug}</code>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="ed-hint">
                None. If you change the address, the old one will redirect here.
              </p>
            )}
          </section>
          <section className="ed-panel em-danger-panel" aria-labelledby="section-delete">
            <h2 id="section-delete">Delete</h2>
            {count > 0 ? (
              <p className="ed-hint">
                This section holds {count.toLocaleString("en")}{" "}
                {count === 1 ? "article" : "articles"}. Move {count === 1 ? "it" : "them"} to
                another section before deleting it.
              </p>
            ) : (
              <ConfirmAction
                action={deleteSectionAction}
                input={{ id: section.id }}
                label="Delete section…"
                confirmLabel="Delete for good"
                danger
                redirectTo="/editor/sections"
                question={
                  <p>
                    Delete “{section.name}”? Its address /{section.slug}
                    {section.oldSlugs.length ? " and its old addresses" : ""} will stop working.
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
