import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { getLatestArticles } from "@/lib/articles/lists";
import { SiteChrome } from "@/components/layout/site-chrome";
import { iconMetadata } from "@/lib/site/icons/paths";
import { getSiteSettings } from "@/lib/site/settings";
import { preloadFonts } from "./fonts";
import "./styles/site.css";

// Outside the root layout, so it names its own icons.
export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return { title: `Page not found | ${site.name}`, robots: { index: false }, ...iconMetadata };
}

/**
 * Addresses no route matches (reader pages' own 404s use
 * app/(public)/not-found.tsx). A page of its own, outside every route's tree:
 * it is rendered on request (its header and latest stories need the
 * database, which the build has not), and a boundary inside the tree would
 * make every cached page dynamic too.
 */
export default async function GlobalNotFound() {
  await connection();
  preloadFonts();
  return (
    <html lang="en">
      <body>
        <SiteChrome>
          <NotFoundContent latest={await getLatestArticles(6)} />
        </SiteChrome>
      </body>
    </html>
  );
}
