import type { Metadata } from "next";
import {
  ConfirmSignInView,
  confirmSignInMetadata,
  type SearchParams,
} from "@/app/(public)/_views/reader-pages";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = confirmSignInMetadata("en");

/** Where the emailed sign-in link leads (English edition). */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: SearchParams }) {
  return ConfirmSignInView({ edition: "en", searchParams });
}
