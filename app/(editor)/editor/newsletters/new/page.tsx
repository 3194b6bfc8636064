import type { Metadata } from "next";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { NewsletterForm } from "@/components/newsletters/admin/newsletter-form";
import { requireStaff } from "@/lib/auth/session";
import { nextNewsletterPosition } from "@/lib/newsletters/admin/newsletter-queries";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "New newsletter" };

export default async function NewNewsletterPage() {
  await requireStaff("newsletter.manage", undefined, "/editor/newsletters/new");
  const position = await nextNewsletterPosition();
  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/newsletters", label: "Newsletters" }} />
      <header className="ed-page-head">
        <h1>New newsletter</h1>
      </header>
      <section className="ed-panel em-narrow" aria-label="Newsletter details">
        <NewsletterForm
          initial={{
            name: "",
            slug: "",
            description: "",
            cadence: "",
            senderName: "",
            senderEmail: "",
            active: true,
            membersOnly: false,
            edition: "en",
            position,
          }}
        />
      </section>
    </>
  );
}
