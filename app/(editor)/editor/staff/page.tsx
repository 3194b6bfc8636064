import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/components/editor/manage/staff/role-labels";
import { requireStaff } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { listStaffAccounts } from "@/lib/staff/queries";
import "../../../styles/editor-manage.css";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const me = await requireStaff("staff.manage", undefined, "/editor/staff");
  const [accounts, settings] = await Promise.all([listStaffAccounts(), getSiteSettings()]);
  const active = accounts.filter((a) => a.active).length;

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Staff</h1>
          <p>
            {active.toLocaleString("en")} active {active === 1 ? "account" : "accounts"}
            {accounts.length > active
              ? `, ${(accounts.length - active).toLocaleString("en")} deactivated`
              : ""}
            .
          </p>
        </div>
        <Link href="/editor/staff/new" className="ed-button ed-button-primary">
          <span aria-hidden="true">+</span> New account
        </Link>
      </header>
      <table className="ed-table em-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Byline</th>
            <th scope="col">Last signed in</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className={account.active ? undefined : "em-row-off"}>
              <td>
                <Link href={`/editor/staff/${account.id}`}>{account.name || account.email}</Link>
                {account.id === me.id ? <span className="ed-muted"> (you)</span> : null}
                <div className="em-sub">{account.email}</div>
              </td>
              <td>
                <span className="ed-badge" data-role={account.role}>
                  {ROLE_LABELS[account.role]}
                </span>
              </td>
              <td>
                {account.active ? (
                  <span className="ed-badge em-badge-on">Active</span>
                ) : (
                  <span className="ed-badge em-badge-off">Deactivated</span>
                )}
              </td>
              <td>
                {account.byline ? (
                  <Link href={`/editor/authors/${account.byline.id}`}>{account.byline.name}</Link>
                ) : (
                  <span className="ed-muted">None</span>
                )}
              </td>
              <td className="em-nowrap">
                {account.lastSignInAt ? (
                  <time dateTime={account.lastSignInAt}>
                    {formatDateTime(new Date(account.lastSignInAt), settings.timezone)}
                  </time>
                ) : (
                  <span className="ed-muted">Never</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
