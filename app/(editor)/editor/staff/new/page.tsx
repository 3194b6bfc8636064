import type { Metadata } from "next";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { StaffCreateForm } from "@/components/editor/manage/staff/staff-create-form";
import { requireStaff } from "@/lib/auth/session";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "New staff account" };

export default async function NewStaffPage() {
  await requireStaff("staff.manage", undefined, "/editor/staff/new");
  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/staff", label: "Staff" }} />
      <header className="ed-page-head">
        <div>
          <h1>New staff account</h1>
          <p>A temporary password is made for the account and shown once.</p>
        </div>
      </header>
      <section className="ed-panel em-narrow" aria-label="Account details">
        <StaffCreateForm />
      </section>
    </>
  );
}
