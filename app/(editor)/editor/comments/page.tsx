import type { Metadata } from "next";
import Link from "next/link";
import { BanReader } from "@/components/editor/comments/ban-reader";
import { ModerationQueue } from "@/components/editor/comments/moderation-queue";
import { QueueFilters } from "@/components/editor/comments/queue-filters";
import { requireStaff } from "@/lib/auth/session";
import { queueHref, readQueueParams } from "@/lib/comments/queue-params";
import { listModerationQueue } from "@/lib/comments/queue-queries";
import { formatDateTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-manage.css";
import "../../../styles/editor-comments.css";

export const metadata: Metadata = { title: "Comments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EMPTY: Record<string, string> = {
  PENDING: "No comment is waiting for moderation.",
  APPROVED: "No published comments here.",
  REJECTED: "No rejected comments here.",
  SPAM: "No spam here.",
  ALL: "No comments here.",
};

/** The moderation queue: what readers sent, waiting comments first. */
export default async function CommentsQueuePage({ searchParams }: Props) {
  await requireStaff("comment.moderate", undefined, "/editor/comments");
  const params = readQueueParams(await searchParams);
  const [queue, settings] = await Promise.all([listModerationQueue(params), getSiteSettings()]);
  const { reader, article } = queue;

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Comments</h1>
          <p>
            {queue.counts.PENDING === 0
              ? "Nothing is waiting for moderation."
              : `${queue.counts.PENDING.toLocaleString("en")} waiting for moderation${params.article || params.reader ? " here" : ""}.`}{" "}
            Times are {settings.timezone.replace(/_/g, " ")}.
          </p>
        </div>
        <Link href="/editor/comments/settings" className="ed-button">
          Comment settings
        </Link>
      </header>

      {reader ? (
        <section className="ed-panel edc-reader" aria-labelledby="edc-reader-name">
          <div>
            <h2 id="edc-reader-name">{reader.displayName || "Reader without a name"}</h2>
            <p className="ed-muted">
              {reader.email} · joined {formatDateTime(reader.createdAt, settings.timezone)} ·{" "}
              {reader.counts.APPROVED} published, {reader.counts.PENDING} waiting,{" "}
              {reader.counts.REJECTED} rejected, {reader.counts.SPAM} spam
              {reader.bannedAt
                ? ` · banned ${formatDateTime(reader.bannedAt, settings.timezone)}`
                : ""}
            </p>
          </div>
          <BanReader
            readerId={reader.id}
            name={reader.displayName || reader.email}
            banned={reader.bannedAt !== null}
          />
        </section>
      ) : null}

      {params.article || params.reader ? (
        <p className="edc-scope">
          Showing {article ? <>comments on “{article.title}”</> : null}
          {article && reader ? " by this reader" : reader ? "this reader's comments" : null}.{" "}
          <Link href={queueHref({ status: params.status, q: params.q })}>Show every article</Link>
        </p>
      ) : null}

      <QueueFilters params={params} counts={queue.counts} />

      {queue.items.length ? (
        <ModerationQueue
          key={`${params.status}-${params.page}`}
          items={queue.items}
          timeZone={settings.timezone}
        />
      ) : (
        <p className="em-empty">
          {params.q ? "No comment matches this filter." : EMPTY[params.status]}
        </p>
      )}

      {queue.pageCount > 1 ? (
        <nav className="em-pages" aria-label="Comment pages">
          {queue.page > 1 ? (
            <Link
              className="ed-button"
              href={queueHref({ ...params, page: queue.page - 1 })}
              rel="prev"
            >
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="ed-muted">
            Page {queue.page.toLocaleString("en")} of {queue.pageCount.toLocaleString("en")}
          </span>
          {queue.page < queue.pageCount ? (
            <Link
              className="ed-button"
              href={queueHref({ ...params, page: queue.page + 1 })}
              rel="next"
            >
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
