import type { Metadata } from "next";
import { NewsletterTabs } from "@/components/newsletters/admin/newsletter-tabs";
import { SubscriberImport } from "@/components/newsletters/admin/subscriber-import";
import { requireStaff } from "@/lib/auth/session";
import { listNewsletterChoices } from "@/lib/newsletters/admin/newsletter-queries";
import "../../../../../styles/editor-manage.css";
import "../../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Import subscribers" };

export default async function ImportSubscribersPage() {
  await requireStaff("subscriber.manage", undefined, "/editor/newsletters/subscribers/import");
  const newsletters = await listNewsletterChoices();
  return (
    <>
      <NewsletterTabs current="import" />
      <header className="ed-page-head">
        <div>
          <h1>Import subscribers</h1>
          <p>
            Bring a list from another service. Check the file first: nothing is written until you
            import.
          </p>
        </div>
      </header>
      <div className="em-narrow">
        <SubscriberImport newsletters={newsletters} />
      </div>
    </>
  );
}
