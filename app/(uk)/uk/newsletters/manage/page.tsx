import type { Metadata } from "next";
import {
  ManagePageView,
  managePageMetadata,
  type SearchParams,
} from "@/app/(public)/_views/newsletter-answers";

// Different for every visitor (a token, a query): rendered per request,
// never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return managePageMetadata("uk");
}

/** A reader's preferences, from the personal link in any of our emails (uk edition). */
export default async function ManagePage({ searchParams }: { searchParams: SearchParams }) {
  return ManagePageView({ edition: "uk", searchParams });
}
