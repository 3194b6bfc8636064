import Link from "next/link";
import { olderPath } from "@/lib/articles/cursor";

/** "Older stories" and "Back to the latest": plain links, so paging works without JavaScript. */
export function Pagination({
  basePath,
  older,
  isFirstPage,
}: {
  basePath: string;
  older: string | null;
  isFirstPage: boolean;
}) {
  if (!older && isFirstPage) return null;
  return (
    <nav className="pagination" aria-label="More stories">
      {!isFirstPage ? (
        <Link href={basePath} className="pagination-link">
          ← Back to the latest
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={olderPath(basePath, older)} rel="next" className="pagination-link">
          Older stories →
        </Link>
      ) : null}
    </nav>
  );
}
