import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { getSiteSettings } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return { title: `Page not found | ${site.name}`, robots: { index: false } };
}

/**
 * notFound() from a reader page: rendered inside the public layout's chrome.
 * Next renders this boundary with every page of the segment, so it reads no
 * stories (see NotFoundContent); the proxy's 404s list the latest ones.
 */
export default function NotFound() {
  return <NotFoundContent />;
}
