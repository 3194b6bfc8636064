import type { Metadata } from "next";
import {
  UnsubscribePageView,
  unsubscribePageMetadata,
  type SearchParams,
} from "@/app/(public)/_views/newsletter-answers";

// Different for every visitor (a token): rendered per request, never at
// build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return unsubscribePageMetadata("en");
}

/** What a browser shows for an email's unsubscribe link (en edition). */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  return UnsubscribePageView({ edition: "en", searchParams });
}
