import type { Metadata } from "next";
import { OutboxFilters, OutboxPageLinks } from "@/components/editor/outbox/outbox-filters";
import { OutboxTable } from "@/components/editor/outbox/outbox-table";
import { requireStaff } from "@/lib/auth/session";
import { readMailSettings } from "@/lib/mail/config";
import { readOutboxParams } from "@/lib/mail/outbox-params";
import { listOutbox } from "@/lib/mail/outbox-queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-manage.css";
import "../../../styles/editor-outbox.css";

export const metadata: Metadata = { title: "Outbox" };

/** Every email the site sends, newest first: editors and admins only. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff("outbox.read", undefined, "/editor/outbox");
  const params = readOutboxParams(await searchParams);
  const [list, { timezone }] = await Promise.all([listOutbox(staff, params), getSiteSettings()]);
  const { smtpUrl, retentionDays } = readMailSettings();
  const filtered = params.status !== null || params.query !== "";

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Outbox</h1>
          <p>
            Every email the site sends — confirmations, sign-in links, newsletters — newest first.
            Sent messages are deleted after {retentionDays} days. Times are {timezone}.
          </p>
        </div>
      </header>
      {smtpUrl ? null : (
        <p className="ed-notice eo-notice">
          No mail server is configured (<code>SMTP_URL</code>), so nothing leaves this server: every
          message is kept here, where you can read it (readers&apos; personal links are shown
          without their token).
        </p>
      )}
      <OutboxFilters params={{ ...params, page: list.page }} counts={list.counts} />
      {list.items.length ? (
        <OutboxTable items={list.items} timezone={timezone} />
      ) : (
        <p className="em-empty">
          {filtered ? "No message matches this filter." : "No email has been sent yet."}
        </p>
      )}
      <OutboxPageLinks params={{ ...params, page: list.page }} pageCount={list.pageCount} />
    </>
  );
}
