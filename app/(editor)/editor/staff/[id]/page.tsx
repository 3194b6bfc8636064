import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { ROLE_LABELS } from "@/components/editor/manage/staff/role-labels";
import { StaffAccess } from "@/components/editor/manage/staff/staff-access";
import { StaffProfileForm } from "@/components/editor/manage/staff/staff-profile-form";
import { StaffRoleForm } from "@/components/editor/manage/staff/staff-role-form";
import { requireStaff } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { getStaffAccount } from "@/lib/staff/queries";
import "../../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Staff account" };

export default async function StaffAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireStaff("staff.manage", undefined, `/editor/staff/${id}`);
  const [account, settings] = await Promise.all([getStaffAccount(id), getSiteSettings()]);
  if (!account) notFound();
  const isSelf = account.id === me.id;
  const when = (iso: string) => formatDateTime(new Date(iso), settings.timezone);
  const roleLock = isSelf
    ? "You cannot change your own role. Ask another admin."
    : account.isLastActiveAdmin
      ? "This is the last active admin. Make another account an admin before changing this one."
      : null;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/staff", label: "Staff" }} />
      <header className="ed-page-head">
        <div>
          <h1>
            {account.name || account.email}
            {isSelf ? <span className="ed-muted em-title-note"> (you)</span> : null}
          </h1>
          <p>
            {ROLE_LABELS[account.role]} · {account.active ? "Active" : "Deactivated"} · created{" "}
            {when(account.createdAt)} · last signed in{" "}
            {account.lastSignInAt ? when(account.lastSignInAt) : "never"}
          </p>
        </div>
      </header>
      <div className="em-layout">
        <div className="em-main-col">
          <section className="ed-panel" aria-labelledby="staff-details">
            <h2 id="staff-details">Details</h2>
            <StaffProfileForm
              id={account.id}
              initial={{ name: account.name, email: account.email }}
            />
          </section>
          <section className="ed-panel" aria-labelledby="staff-role">
            <h2 id="staff-role">Role</h2>
            <StaffRoleForm id={account.id} role={account.role} lockedReason={roleLock} />
          </section>
        </div>
        <aside className="em-aside">
          <section className="ed-panel" aria-labelledby="staff-byline">
            <h2 id="staff-byline">Byline</h2>
            {account.byline ? (
              <p>
                Writes as{" "}
                <Link href={`/editor/authors/${account.byline.id}`}>{account.byline.name}</Link>.
              </p>
            ) : (
              <p className="ed-hint">
                No byline. Link one from its page under <Link href="/editor/authors">Authors</Link>.
              </p>
            )}
          </section>
          <section className="ed-panel em-danger-panel" aria-labelledby="staff-access">
            <h2 id="staff-access">Sign-in access</h2>
            <StaffAccess
              account={{
                id: account.id,
                name: account.name,
                email: account.email,
                active: account.active,
              }}
              isSelf={isSelf}
              isLastActiveAdmin={account.isLastActiveAdmin}
            />
          </section>
        </aside>
      </div>
    </>
  );
}
