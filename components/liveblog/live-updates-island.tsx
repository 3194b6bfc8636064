"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { LatestUpdatesDto, LiveUpdateDto } from "@/lib/liveblog/dto";
import { UpdateCard } from "./update-card";

/** How often an open, visible page asks for new updates (a small, edge-cached answer). */
const POLL_MS = 2_000;

/**
 * New updates for a reader who keeps the live page open. It polls the live
 * blog's small cached fragment (app/fragments/live/[id]) while the tab is
 * visible, counts updates the page does not show yet, and offers them
 * behind a "N new updates" button: a reader in the middle of an update is
 * never pushed down the page by one arriving. Pressing the button puts
 * them on top of the stream and keeps the text under the reader's eyes
 * where it was. Without JavaScript the page is complete as served.
 */
export function LiveUpdatesIsland({
  articleId,
  slug,
  timeZone,
  shownIds,
  live,
}: {
  articleId: string;
  slug: string;
  timeZone: string;
  /** The updates the served page already holds. */
  shownIds: string[];
  live: boolean;
}) {
  const [pending, setPending] = useState<LiveUpdateDto[]>([]);
  const [inserted, setInserted] = useState<LiveUpdateDto[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const known = useRef(new Set(shownIds));
  const anchor = useRef<HTMLDivElement>(null);
  const scrollFix = useRef<{ top: number } | null>(null);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const controller = new AbortController();
    const poll = async () => {
      try {
        const response = await fetch(`/fragments/live/${encodeURIComponent(articleId)}`, {
          signal: controller.signal,
        });
        if (response.ok) {
          const latest = (await response.json()) as LatestUpdatesDto;
          const fresh = latest.updates
            .filter((update) => !known.current.has(update.id))
            .map(revive);
          if (fresh.length) {
            for (const update of fresh) known.current.add(update.id);
            setPending((current) => [...fresh, ...current]);
          }
          if (latest.state === "ENDED") stopped = true;
        }
      } catch {
        // Offline for a moment, or the page is going away: the next poll tries again.
      }
      schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === "visible") timer = setTimeout(poll, POLL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") void poll();
      else clearTimeout(timer);
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [articleId, live]);

  const insert = useCallback(() => {
    // Where the served stream starts now; after the insertion the page is
    // scrolled by exactly what was added above it.
    scrollFix.current = { top: anchor.current?.getBoundingClientRect().top ?? 0 };
    setInserted((current) => [...pending, ...current]);
    setAnnouncement(
      `${pending.length} new update${pending.length === 1 ? "" : "s"} added at the top of the stream.`,
    );
    setPending([]);
  }, [pending]);

  useLayoutEffect(() => {
    const fix = scrollFix.current;
    if (!fix || !anchor.current) return;
    scrollFix.current = null;
    const moved = anchor.current.getBoundingClientRect().top - fix.top;
    // Only a reader below the insertion is moved back; one above it sees the news arrive.
    if (moved && fix.top < 0) window.scrollBy(0, moved);
  }, [inserted]);

  return (
    <>
      <div className="live-new-bar">
        {pending.length ? (
          <button type="button" className="live-new-button" onClick={insert}>
            {pending.length} new update{pending.length === 1 ? "" : "s"}
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {inserted.length ? (
        <div className="live-stream live-stream-new">
          {inserted.map((update) => (
            <UpdateCard key={update.id} update={update} slug={slug} timeZone={timeZone} />
          ))}
        </div>
      ) : null}
      <div ref={anchor} className="live-stream-anchor" />
    </>
  );
}

/** JSON has no dates. */
function revive(update: LiveUpdateDto): LiveUpdateDto {
  return { ...update, publishedAt: new Date(update.publishedAt) };
}
