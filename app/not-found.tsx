import { connection } from "next/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { SiteChrome } from "@/components/layout/site-chrome";

export const metadata = { title: "Page not found", robots: { index: false } };

/** Addresses no route matches; reader pages' own 404s use app/(public)/not-found.tsx. */
export default async function NotFound() {
  await connection();
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
