import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LiveDesk } from "@/components/editor/live/live-desk";
import { holds } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getLiveDesk } from "@/lib/liveblog/desk";
import "../../../../styles/editor-live.css";

export const metadata: Metadata = { title: "Live desk" };

type Props = { params: Promise<{ id: string }> };

/**
 * The live desk of one live blog. Any staff member may open it; what each
 * may do (draft, post, pin, edit, delete, end) is decided per update by the
 * permission table, here for the buttons and again in every action.
 */
export default async function LiveDeskPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaff(
    "editor.enter",
    undefined,
    `/editor/live/${encodeURIComponent(id)}`,
  );
  if (!holds(staff.role, "live.write")) forbidden();
  const desk = await getLiveDesk(staff, id);
  if (!desk) notFound();
  return (
    <div className="ld-page">
      <header className="ld-page-header">
        <p className="ld-kicker">{desk.state === "LIVE" ? "Live desk" : "Live desk · ended"}</p>
        <h1 className="ld-title">{desk.article.title}</h1>
        <p className="ld-links">
          <Link href={`/editor/articles/${desk.article.id}`}>Headline, standfirst and hero</Link>
          {desk.article.status === "PUBLISHED" ? (
            <>
              {" · "}
              <a href={`/${desk.article.slug}`}>View the live page</a>
            </>
          ) : (
            <> · Not published yet: updates will show once the page is.</>
          )}
        </p>
      </header>
      <LiveDesk desk={desk} />
    </div>
  );
}
