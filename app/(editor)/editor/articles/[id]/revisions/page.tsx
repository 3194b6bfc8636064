import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RestoreOutcomeNotice } from "@/components/editor/revisions/restore-outcome";
import { RestorePanel } from "@/components/editor/revisions/restore-panel";
import { RevisionDiffView } from "@/components/editor/revisions/revision-diff-view";
import { historyHref } from "@/components/editor/revisions/revision-labels";
import { RevisionList } from "@/components/editor/revisions/revision-list";
import {
  compareRevisions,
  getRestoreOutcome,
  listRevisions,
} from "@/lib/articles/revisions/queries";
import { parseHistoryParams } from "@/lib/articles/revisions/schemas";
import { requireStaff } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../../styles/editor-revisions.css";

export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const returnTo = `/editor/articles/${encodeURIComponent(id)}/revisions`;
  // Signed in here; article.preview or article.edit against this article is
  // checked by listRevisions and compareRevisions themselves.
  const staff = await requireStaff("editor.enter", undefined, returnTo);
  const query = parseHistoryParams(await searchParams);
  const [history, settings] = await Promise.all([
    listRevisions(staff, id, query.page),
    getSiteSettings(),
  ]);
  if (!history.ok) {
    if (history.code === "forbidden") forbidden();
    notFound();
  }
  const { article, newestId, previousId, canRestore } = history.data;
  const editorHref = `/editor/articles/${encodeURIComponent(article.id)}`;
  const timeZone = settings.timezone;

  // A restore is confirmed against what it would change: the current version
  // to the one that would come back. Otherwise the two chosen versions, or
  // the latest change.
  const restoring =
    canRestore && query.restore && query.restore !== newestId ? query.restore : null;
  let pair: { from: string; to: string } | null = null;
  if (restoring && newestId) pair = { from: newestId, to: restoring };
  else if (query.from && query.to) pair = { from: query.from, to: query.to };
  else if (previousId && newestId) pair = { from: previousId, to: newestId };
  const [comparison, outcome] = await Promise.all([
    pair
      ? compareRevisions(staff, article.id, pair.from, pair.to, { chronological: !restoring })
      : null,
    query.restored && !restoring ? getRestoreOutcome(staff, article.id, query.restored) : null,
  ]);
  const shown = comparison?.ok ? comparison.data : null;
  const restoreTarget = restoring && shown?.to.id === restoring ? shown.to : null;

  return (
    <>
      <header className="ed-page-head rv-head">
        <div>
          <p className="rv-back">
            <Link href={editorHref}>
              <span aria-hidden="true">←</span> Back to the editor
            </Link>
          </p>
          <h1>History</h1>
          <p>
            <strong>{article.title || "Untitled"}</strong> · {history.data.total}{" "}
            {history.data.total === 1 ? "version" : "versions"} kept · times in{" "}
            {timeZone.replace(/_/g, " ")}
          </p>
        </div>
      </header>

      <div className="rv-layout">
        <RevisionList
          history={history.data}
          from={shown?.from.id ?? null}
          to={shown?.to.id ?? null}
          timeZone={timeZone}
        />
        <div className="rv-main">
          {query.restore && !canRestore ? (
            <p className="ed-notice">
              You can read this history, but not restore versions of this article.
            </p>
          ) : null}
          {outcome ? <RestoreOutcomeNotice outcome={outcome} editorHref={editorHref} /> : null}
          {restoreTarget ? (
            <RestorePanel
              key={restoreTarget.id}
              articleId={article.id}
              revisionId={restoreTarget.id}
              revisionVersion={restoreTarget.version}
              articleVersion={article.version}
              live={article.status === "PUBLISHED"}
              editorHref={editorHref}
              cancelHref={historyHref(article.id, { page: history.data.page })}
            />
          ) : null}
          {shown ? (
            <RevisionDiffView
              comparison={shown}
              timeZone={timeZone}
              restoring={restoreTarget !== null}
              heading={
                restoreTarget
                  ? `What restoring version ${restoreTarget.version} would change`
                  : outcome
                    ? `What the restore changed`
                    : `Changes between version ${shown.from.version} and version ${shown.to.version}`
              }
            />
          ) : comparison && !comparison.ok ? (
            <p className="ed-notice">Those versions are not part of this article&apos;s history.</p>
          ) : (
            <p className="ed-notice">
              {history.data.total === 0
                ? "No versions have been saved yet."
                : "Only one version so far: there is nothing to compare yet."}
            </p>
          )}
        </div>
      </div>
    </>
  );
}
