"use client";

import { useEffect } from "react";
import { countView } from "./view-count";

/** Counts the view (view-count.ts) where Next's runtime hydrates the page. */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => countView(articleId), [articleId]);
  return null;
}
