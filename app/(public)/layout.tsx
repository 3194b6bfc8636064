import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// Reader pages are rendered when requested, never at build time: the build
// must not need a database (the embedded one admits a single process).
export const dynamic = "force-dynamic";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
