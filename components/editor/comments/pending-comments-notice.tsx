import Link from "next/link";
import { countPendingComments } from "@/lib/comments/queue-queries";
import "../../../app/styles/editor-comments.css";

/** The dashboard's line about readers' comments waiting for a moderator. */
export async function PendingCommentsNotice() {
  const pending = await countPendingComments();
  return (
    <div className={pending ? "ed-notice edc-dashboard" : "edc-dashboard ed-muted"}>
      <p>
        {pending === 0
          ? "No reader comment is waiting for moderation."
          : `${pending.toLocaleString("en")} reader ${pending === 1 ? "comment is" : "comments are"} waiting for moderation.`}
      </p>
      <Link href="/editor/comments" className="ed-button">
        {pending ? "Moderate comments" : "Open comments"}
      </Link>
    </div>
  );
}
