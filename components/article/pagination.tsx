import Link from "next/link";
import { olderPath } from "@/lib/articles/cursor";

import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";

/** "Older stories" and "Back to the latest": plain links, so paging works without JavaScript. */
export function Pagination({
  basePath,
  older,
  isFirstPage,
  edition = "en",
}: {
  basePath: string;
  older: string | null;
  isFirstPage: boolean;
  edition?: Edition;
}) {
  if (!older && isFirstPage) return null;
  const t = messagesFor(edition);
  return (
    <nav className="pagination" aria-label={t.moreStories}>
      {!isFirstPage ? (
        <Link href={basePath} className="pagination-link">
          {t.backToLatest}
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={olderPath(basePath, older)} rel="next" className="pagination-link">
          {t.olderStories}
        </Link>
      ) : null}
    </nav>
  );
}
