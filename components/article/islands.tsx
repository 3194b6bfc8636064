"use client";

import dynamic from "next/dynamic";

/**
 * The article's heavier islands, each in a file of its own that the browser
 * fetches only on a page that renders it. The reader pages share one route,
 * so imported directly they would be in the home and section pages' scripts
 * too. Both are still rendered on the server: the page reads the same, and
 * works, before and without the script.
 */
export const NarrationPlayer = dynamic(() =>
  import("@/components/narration/narration-player").then((module) => module.NarrationPlayer),
);

export const CommentsIsland = dynamic(() =>
  import("@/components/comments/comments-island").then((module) => module.CommentsIsland),
);
