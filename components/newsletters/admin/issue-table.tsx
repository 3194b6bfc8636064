import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format";
import type { IssueListItemDto } from "@/lib/newsletters/issues/dto";
import { IssueStatusBadge } from "./issue-status";

/** Issues, newest first: what each was, where it stands and how many it reached. */
export function IssueTable({ issues, timeZone }: { issues: IssueListItemDto[]; timeZone: string }) {
  if (!issues.length) {
    return <p className="em-empty">No issues yet.</p>;
  }
  return (
    <div className="enl-table-wrap">
      <table className="ed-table em-table enl-stack">
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Newsletter</th>
            <th scope="col">Status</th>
            <th scope="col" className="em-num">
              Delivered
            </th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => {
            const when = issue.sentAt ?? issue.sendStartedAt ?? issue.createdAt;
            return (
              <tr key={issue.id}>
                <td className="enl-stack-lead">
                  <Link href={`/editor/newsletters/issues/${issue.id}`}>{issue.subject}</Link>
                  <div className="em-sub">by {issue.createdBy}</div>
                </td>
                <td data-label="Newsletter">{issue.newsletterName}</td>
                <td data-label="Status">
                  <IssueStatusBadge status={issue.status} />
                </td>
                <td className="em-num" data-label="Delivered">
                  {issue.status === "DRAFT"
                    ? "—"
                    : `${issue.sentCount.toLocaleString("en")} of ${issue.recipientCount.toLocaleString("en")}`}
                  {issue.failedCount ? (
                    <div className="em-sub enl-failed">
                      {issue.failedCount.toLocaleString("en")} failed
                    </div>
                  ) : null}
                </td>
                <td className="em-nowrap" data-label="When">
                  <span className="ed-muted">
                    {issue.sentAt ? "Sent " : issue.sendStartedAt ? "Started " : "Created "}
                  </span>
                  {formatDateTime(when, timeZone)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
