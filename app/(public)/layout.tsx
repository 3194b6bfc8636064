import { after } from "next/server";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";
import { nudgeScheduler } from "@/lib/scheduling/runner";

export default function PublicLayout({ children }: { children: ReactNode }) {
  // Any reader's visit may find scheduled work overdue (say the in-process
  // scheduler is off or stalled): a throttled check, after the response.
  after(() => nudgeScheduler());
  return <SiteChrome>{children}</SiteChrome>;
}
