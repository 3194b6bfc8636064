"use client";

import dynamic from "next/dynamic";

/**
 * The live page's island in a file of its own: the reader pages share one
 * route, so imported directly it would be in every page's script.
 */
export const LiveUpdates = dynamic(() =>
  import("./live-updates-island").then((module) => module.LiveUpdatesIsland),
);
