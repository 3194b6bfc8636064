import Image from "next/image";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import type { LibraryItem } from "@/lib/media/dto";
import { formatBytes } from "@/lib/media/rules";

const FORMAT_NAMES: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/avif": "AVIF",
  "image/gif": "GIF",
};

export function formatName(mimeType: string): string {
  return FORMAT_NAMES[mimeType] ?? mimeType;
}

/** The library as tiles: each links to the image's page, where its text is edited. */
export function MediaGrid({ items, timeZone }: { items: LibraryItem[]; timeZone: string }) {
  return (
    <ul className="eml-grid" aria-label="Images">
      {items.map((item) => (
        <li key={item.id} className="eml-tile">
          <Link href={`/editor/media/${item.id}`} className="eml-tile-link">
            <span className="eml-tile-image">
              <Image src={item.src} alt="" fill sizes="(max-width: 40rem) 50vw, 14rem" />
            </span>
            <span className="eml-tile-alt">
              {item.alt ? item.alt : <span className="eml-missing">No alt text</span>}
            </span>
          </Link>
          <span className="eml-tile-meta">
            {item.credit ? <span className="eml-credit">{item.credit}</span> : null}
            <span>
              {item.width && item.height ? `${item.width}×${item.height} · ` : ""}
              {formatName(item.mimeType)} · {formatBytes(item.bytes)}
            </span>
            <span>
              <time
                dateTime={item.createdAt.toISOString()}
                title={formatDateTime(item.createdAt, timeZone)}
              >
                {formatDate(item.createdAt, timeZone)}
              </time>
              {item.mine ? " · by you" : item.uploadedBy ? ` · ${item.uploadedBy}` : ""}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
