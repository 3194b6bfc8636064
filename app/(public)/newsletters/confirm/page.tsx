import type { Metadata } from "next";
import {
  ConfirmPageView,
  confirmPageMetadata,
  type SearchParams,
} from "@/app/(public)/_views/newsletter-answers";

// Different for every visitor (a token, a query): rendered per request,
// never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return confirmPageMetadata("en");
}

/** The confirmation email's link: opening it changes nothing; its button confirms (en edition). */
export default async function ConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  return ConfirmPageView({ edition: "en", searchParams });
}
