import type { Metadata } from "next";
import { CommentSettingsForm } from "@/components/editor/comments/comment-settings-form";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { requireStaff } from "@/lib/auth/session";
import { readCommentSettings } from "@/lib/comments/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-comments.css";

export const metadata: Metadata = { title: "Comment settings" };

/** The moderation policy, the default for articles and the checks that hold comments. */
export default async function CommentSettingsPage() {
  await requireStaff("comment.moderate", undefined, "/editor/comments/settings");
  const settings = await readCommentSettings();
  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/comments", label: "Comments" }} />
      <header className="ed-page-head">
        <div>
          <h1>Comment settings</h1>
          <p>When readers&rsquo; comments appear, and what holds one for a moderator.</p>
        </div>
      </header>
      <div className="em-narrow">
        <CommentSettingsForm initial={settings} />
      </div>
    </>
  );
}
