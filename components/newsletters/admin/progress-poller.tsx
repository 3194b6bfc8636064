"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While a send is under way, re-renders the page's server components every
 * few seconds (the page's <noscript> refresh does the same without
 * JavaScript). Paused while the tab is hidden.
 */
export function ProgressPoller({ intervalMs = 3000 }: { intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}
