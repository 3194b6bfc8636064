"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * "History" in the article editor's action bar. The bar does not know the
 * article's id; the editor's own address does (/editor/articles/<id>).
 */
export function HistoryLink({ className }: { className?: string }) {
  const match = /^\/editor\/articles\/([^/]+)\/?$/.exec(usePathname() ?? "");
  if (!match || match[1] === "new") return null;
  return (
    <Link href={`/editor/articles/${match[1]}/revisions`} className={className} prefetch={false}>
      History
    </Link>
  );
}
