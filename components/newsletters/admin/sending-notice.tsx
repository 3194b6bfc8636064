import Link from "next/link";
import { listSendingIssues } from "@/lib/newsletters/issues/queries";
import "../../../app/styles/editor-newsletters.css";

/** The dashboard's line about newsletter issues being sent right now (nothing otherwise). */
export async function NewsletterSendingNotice() {
  const issues = await listSendingIssues();
  if (!issues.length) return null;
  return (
    <ul className="ed-notice enl-dashboard">
      {issues.map((issue) => (
        <li key={issue.id}>
          Sending “{issue.subject}”: {issue.sent.toLocaleString("en")} of{" "}
          {issue.total.toLocaleString("en")} delivered.{" "}
          <Link href={`/editor/newsletters/issues/${issue.id}`}>See progress</Link>
        </li>
      ))}
    </ul>
  );
}
