import type { Metadata } from "next";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { SectionForm } from "@/components/editor/manage/sections/section-form";
import { requireStaff } from "@/lib/auth/session";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "New section" };

export default async function NewSectionPage() {
  await requireStaff("section.manage", undefined, "/editor/sections/new");
  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/sections", label: "Sections" }} />
      <header className="ed-page-head">
        <h1>New section</h1>
      </header>
      <div className="em-layout">
        <section className="ed-panel" aria-label="Section details">
          <SectionForm initial={{ name: "", slug: "", description: "", inNavigation: true }} />
        </section>
      </div>
    </>
  );
}
