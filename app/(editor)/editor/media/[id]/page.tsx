import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { formatName } from "@/components/editor/media/library/media-grid";
import { MediaDelete } from "@/components/editor/media/library/media-delete";
import { MediaTextForm } from "@/components/editor/media/library/media-text-form";
import { MediaUsageList } from "@/components/editor/media/library/media-usage-list";
import { requireStaff } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { getMediaDetail } from "@/lib/media/detail-queries";
import { formatBytes } from "@/lib/media/rules";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-media.css";

export const metadata: Metadata = { title: "Image" };

export default async function MediaItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaff("media.upload", undefined, `/editor/media/${id}`);
  // Images the staff member may not see are "not found", exactly like missing ones.
  const [media, settings] = await Promise.all([getMediaDetail(staff, id), getSiteSettings()]);
  if (!media) notFound();
  const dimensions = media.width && media.height ? `${media.width}×${media.height} pixels` : null;

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/media", label: "Media library" }} />
      <header className="ed-page-head">
        <div>
          <h1 className="eml-title">{media.alt || "Image without alt text"}</h1>
          <p>
            {[dimensions, formatName(media.mimeType), formatBytes(media.bytes)]
              .filter(Boolean)
              .join(" · ")}{" "}
            · uploaded {formatDateTime(media.createdAt, settings.timezone)}
            {media.uploadedBy ? ` by ${media.uploadedBy}` : ""}
          </p>
        </div>
      </header>
      <div className="em-layout">
        <div className="em-main-col">
          <figure className="eml-preview">
            {media.width && media.height ? (
              <Image
                src={media.src}
                alt={media.alt}
                width={media.width}
                height={media.height}
                sizes="(max-width: 60rem) 100vw, 50rem"
                priority
              />
            ) : null}
            {media.caption || media.credit ? (
              <figcaption>
                {media.caption}
                {media.credit ? <span className="eml-credit"> {media.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
          <section className="ed-panel" aria-labelledby="media-usage">
            <h2 id="media-usage">Where it is used</h2>
            <MediaUsageList usage={media.usage} />
          </section>
        </div>
        <aside className="em-aside">
          <section className="ed-panel" aria-labelledby="media-text">
            <h2 id="media-text">Alt text, caption and credit</h2>
            {media.canEdit ? (
              <MediaTextForm
                id={media.id}
                initial={{ alt: media.alt, caption: media.caption, credit: media.credit }}
              />
            ) : (
              <dl className="eml-text">
                <dt>Alt text</dt>
                <dd>{media.alt || "—"}</dd>
                <dt>Caption</dt>
                <dd>{media.caption || "—"}</dd>
                <dt>Credit</dt>
                <dd>{media.credit || "—"}</dd>
              </dl>
            )}
            <p className="ed-hint">
              Shown wherever the image is placed, unless that place gives its own.
            </p>
          </section>
          <section className="ed-panel" aria-labelledby="media-sizes">
            <h2 id="media-sizes">Files</h2>
            <ul className="em-plain-list eml-files">
              <li>
                <a href={media.src}>Original</a>{" "}
                <span className="ed-muted">
                  {dimensions ?? ""} · {formatBytes(media.bytes)}
                </span>
              </li>
              {media.variants.map((variant) => (
                <li key={variant.src}>
                  <a href={variant.src}>{variant.width} wide</a>{" "}
                  <span className="ed-muted">
                    {variant.width}×{variant.height} · {formatBytes(variant.bytes)}
                  </span>
                </li>
              ))}
            </ul>
            <p className="ed-hint">
              Pages resize images on request; these copies serve feeds and email. Location and
              camera data were removed on upload.
            </p>
          </section>
          {media.canDelete ? (
            <section className="ed-panel em-danger-panel" aria-labelledby="media-delete">
              <h2 id="media-delete">Delete</h2>
              <MediaDelete id={media.id} usedIn={media.usage.total} />
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
