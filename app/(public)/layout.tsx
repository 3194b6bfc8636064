import { after } from "next/server";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { nudgeScheduler } from "@/lib/scheduling/runner";
import { RootDocument, rootMetadata, rootViewport } from "../root-document";

export const metadata = rootMetadata;
export const viewport = rootViewport;

/** The English edition's reader pages, at the site root. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  // Any reader's visit may find scheduled work overdue (say the in-process
  // scheduler is off or stalled): a throttled check, after the response.
  after(() => nudgeScheduler());
  return (
    <RootDocument lang="en">
      <SiteChrome edition="en">{children}</SiteChrome>
    </RootDocument>
  );
}
