import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { EmailHtmlFrame } from "@/components/editor/outbox/email-html-frame";
import { MessageFacts } from "@/components/editor/outbox/message-facts";
import { OutboxStatusBadge } from "@/components/editor/outbox/outbox-status";
import { PlainTextBody } from "@/components/editor/outbox/plain-text-body";
import { RetryForm } from "@/components/editor/outbox/retry-form";
import { requireStaff } from "@/lib/auth/session";
import { getOutboxMessage } from "@/lib/mail/outbox-queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-outbox.css";

export const metadata: Metadata = { title: "Email" };

const RETRY_OUTCOMES: Record<string, { text: string; error: boolean }> = {
  queued: { text: "Queued again: it will be tried within moments.", error: false },
  conflict: { text: "Only a failed message can be retried; this one has moved on.", error: true },
  forbidden: { text: "You do not have permission to retry messages.", error: true },
  "not-found": { text: "That message no longer exists.", error: true },
};

export default async function OutboxMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const staff = await requireStaff("outbox.read", undefined, `/editor/outbox/${id}`);
  const [message, { timezone }, query] = await Promise.all([
    getOutboxMessage(staff, id),
    getSiteSettings(),
    searchParams,
  ]);
  if (!message) notFound();
  const outcome = typeof query.retry === "string" ? RETRY_OUTCOMES[query.retry] : undefined;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/outbox", label: "Outbox" }} />
      <header className="ed-page-head eo-head">
        <div>
          <h1>{message.subject}</h1>
          <p>
            <OutboxStatusBadge status={message.status} /> To{" "}
            <span className="em-code">{message.to}</span>
          </p>
        </div>
      </header>
      {outcome ? (
        <p
          className={outcome.error ? "ed-error-summary eo-notice" : "ed-notice eo-notice"}
          role="status"
        >
          {outcome.text}
        </p>
      ) : null}
      {message.personalLinksHidden ? (
        <p className="ed-notice eo-notice">
          The reader&apos;s personal links in this message are shown with their token hidden:
          whoever holds one can sign in as the reader or change their subscriptions.
        </p>
      ) : null}
      <div className="eo-layout">
        <div className="eo-bodies">
          <section className="eo-body" aria-labelledby="html-version">
            <h2 id="html-version">HTML version</h2>
            <EmailHtmlFrame html={message.html} title={`HTML version of “${message.subject}”`} />
          </section>
          <section className="eo-body" aria-labelledby="text-version">
            <h2 id="text-version">Plain-text version</h2>
            <PlainTextBody text={message.text} />
          </section>
        </div>
        <aside className="em-aside">
          {message.status === "FAILED" ? (
            <section className="ed-panel" aria-labelledby="retry-heading">
              <h2 id="retry-heading">Not delivered</h2>
              <RetryForm id={message.id} />
            </section>
          ) : null}
          <MessageFacts message={message} timezone={timezone} />
        </aside>
      </div>
    </>
  );
}
