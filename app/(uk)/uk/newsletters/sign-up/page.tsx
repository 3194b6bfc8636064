import type { Metadata } from "next";
import {
  SignUpPageView,
  signUpPageMetadata,
  type SearchParams,
} from "@/app/(public)/_views/newsletter-answers";

// Different for every visitor (a token, a query): rendered per request,
// never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return signUpPageMetadata("uk");
}

/** The sign-up form on its own, and where a sign-up posted without JavaScript lands (uk edition). */
export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  return SignUpPageView({ edition: "uk", searchParams });
}
