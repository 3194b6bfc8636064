import type { Metadata } from "next";
import Link from "next/link";
import { SectionTable } from "@/components/editor/manage/sections/section-table";
import { requireStaff } from "@/lib/auth/session";
import { listSectionsForManage } from "@/lib/sections/manage-queries";
import "../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  await requireStaff("section.manage", undefined, "/editor/sections");
  const sections = await listSectionsForManage();
  // Remounts the table whenever the saved order changes, dropping its local copy.
  const orderKey = sections.map((s) => `${s.id}:${s.position}`).join(",");
  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Sections</h1>
          <p>The order here is the order of the site navigation and the home page.</p>
        </div>
        <Link href="/editor/sections/new" className="ed-button ed-button-primary">
          <span aria-hidden="true">+</span> New section
        </Link>
      </header>
      <SectionTable key={orderKey} sections={sections} />
    </>
  );
}
