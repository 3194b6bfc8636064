import type { Metadata } from "next";
import { LibraryUpload } from "@/components/editor/media/library/library-upload";
import { MediaFilters } from "@/components/editor/media/library/media-filters";
import { MediaGrid } from "@/components/editor/media/library/media-grid";
import { MediaPagination } from "@/components/editor/media/library/media-pagination";
import { requireStaff } from "@/lib/auth/session";
import { hasMediaFilters, parseMediaListParams } from "@/lib/media/library-params";
import { listMediaLibrary } from "@/lib/media/library-queries";
import { seesAllMedia } from "@/lib/media/visibility";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-manage.css";
import "../../../styles/editor-media.css";

export const metadata: Metadata = { title: "Media library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const staff = await requireStaff("media.upload", undefined, "/editor/media");
  const filters = parseMediaListParams(await searchParams);
  const settings = await getSiteSettings();
  const list = await listMediaLibrary(staff, filters, settings.timezone);
  const seesAll = seesAllMedia(staff);
  const filtered = hasMediaFilters(filters);

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Media library</h1>
          <p>
            {seesAll
              ? "Every image in the newsroom, newest first."
              : "Your uploads and the images already published, newest first."}{" "}
            Alt text, caption and credit set here show wherever an image is placed.
          </p>
        </div>
      </header>
      <div className="em-layout eml-layout">
        <div className="em-main-col">
          <MediaFilters filters={filters} />
          <p className="eml-summary" role="status">
            {list.total.toLocaleString("en")} {list.total === 1 ? "image" : "images"}
            {filters.q ? (
              <>
                {" "}
                matching <strong>“{filters.q}”</strong>
              </>
            ) : null}
            {filtered && !filters.q ? " with these filters" : null}
          </p>
          {list.items.length ? (
            <>
              <MediaGrid items={list.items} timeZone={settings.timezone} />
              <MediaPagination filters={filters} pageCount={list.pageCount} />
            </>
          ) : (
            <p className="em-empty">
              {filtered
                ? "No image matches. Try fewer words or clear the filters."
                : "The library is empty. Upload the first images."}
            </p>
          )}
        </div>
        <aside className="em-aside">
          <section className="ed-panel" aria-label="Upload">
            <LibraryUpload />
          </section>
        </aside>
      </div>
    </>
  );
}
