import type { Metadata } from "next";
import { draftMode } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { loadPreview } from "@/lib/articles/editing/preview";
import { getCurrentStaff } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/site/settings";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false },
};

const STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

/** Staff preview of unpublished work, exactly as the public page will render it. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await draftMode()).isEnabled) redirect(`/api/preview?id=${encodeURIComponent(id)}`);
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/login?callbackUrl=${encodeURIComponent(`/api/preview?id=${id}`)}`);
  const [preview, site] = await Promise.all([loadPreview(staff, id), getSiteSettings()]);
  if (!preview) notFound();
  return (
    <div className="container">
      <aside className="preview-banner" aria-label="Preview">
        <p>
          <strong>Preview</strong> · {STATUS_LABELS[preview.status] ?? preview.status}, version{" "}
          {preview.version}. Readers cannot see this page.
        </p>
        <p>
          <Link href={`/editor/articles/${id}`}>Back to the editor</Link> ·{" "}
          {/* A route handler, not a page: a full navigation, never a client-side one. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/preview?exit=1">Leave preview</a>
        </p>
      </aside>
      <ArticleView article={preview.article} timeZone={site.timezone} />
    </div>
  );
}
