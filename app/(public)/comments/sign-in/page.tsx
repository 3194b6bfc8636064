import type { Metadata } from "next";
import { SignInView, signInMetadata, type SearchParams } from "@/app/(public)/_views/reader-pages";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = signInMetadata("en");

/** A reader asks for a sign-in link (English edition). */
export default async function ReaderSignInPage({ searchParams }: { searchParams: SearchParams }) {
  return SignInView({ edition: "en", searchParams });
}
