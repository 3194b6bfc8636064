import type { Metadata } from "next";
import {
  ProfileView,
  profileMetadata,
  type SearchParams,
} from "@/app/(public)/_views/reader-pages";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = profileMetadata("uk");

/** The signed-in reader's name for comments (Ukrainian edition). */
export default async function ReaderProfilePage({ searchParams }: { searchParams: SearchParams }) {
  return ProfileView({ edition: "uk", searchParams });
}
