"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { LatestUpdatesDto, LiveUpdateDto, SeenUpdate } from "@/lib/liveblog/dto";
import { changesSince } from "@/lib/liveblog/open-page";
import { LATEST_LIMIT, updateAnchor } from "@/lib/liveblog/rules";
import { UpdateCard } from "./update-card";

/**
 * How often an open, visible page asks for new updates. The answer is
 * cached at the edge and carries an ETag, so a poll that finds nothing new
 * is a 304 without a body; a second between polls keeps a new update
 * within two seconds of its posting.
 */
const POLL_MS = 1_000;

/**
 * New updates for a reader who keeps the live page open. It polls the live
 * blog's small cached fragment (app/fragments/live/[id]) while the tab is
 * visible. New updates wait behind a "N new updates" button: a reader in
 * the middle of an update is never pushed down the page by one arriving.
 * Pressing it puts them on top of the stream and keeps the text under the
 * reader's eyes where it was. An edited update is redrawn where it stands,
 * and a deleted one leaves the page. Without JavaScript the page is
 * complete as served.
 */
export function LiveUpdatesIsland({
  articleId,
  slug,
  timeZone,
  shown,
  live,
}: {
  articleId: string;
  slug: string;
  timeZone: string;
  /** The updates the served page already holds: id, version, publication time. */
  shown: [string, number, number][];
  live: boolean;
}) {
  const [pending, setPending] = useState<LiveUpdateDto[]>([]);
  const [inserted, setInserted] = useState<LiveUpdateDto[]>([]);
  // Served updates edited since: drawn into a holder put after the original.
  const [redrawn, setRedrawn] = useState<Map<string, Redrawn>>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef(
    new Map<string, SeenUpdate>(shown.map(([id, version, at]) => [id, { id, version, at }])),
  );
  const served = useRef(new Set(shown.map(([id]) => id)));
  const holders = useRef(new Map<string, HTMLElement>());
  const anchor = useRef<HTMLDivElement>(null);
  const scrollFix = useRef<{ top: number } | null>(null);

  const apply = useCallback((latest: LatestUpdatesDto) => {
    const updates = latest.updates.map(revive);
    const { fresh, edited, removed } = changesSince(seen.current, updates, LATEST_LIMIT);
    for (const update of [...fresh, ...edited]) {
      const at = update.publishedAt.getTime();
      seen.current.set(update.id, { id: update.id, version: update.version, at });
    }
    for (const id of removed) seen.current.delete(id);
    if (!fresh.length && !edited.length && !removed.length) return;

    const changed = new Map(edited.map((update) => [update.id, update]));
    const gone = new Set(removed);
    const revise = (list: LiveUpdateDto[]) =>
      list.filter((update) => !gone.has(update.id)).map((u) => changed.get(u.id) ?? u);
    setPending((current) => [...fresh, ...revise(current)]);
    setInserted(revise);
    const servedEdits = edited.flatMap((update) => {
      const holder = served.current.has(update.id) ? holderFor(update.id, holders.current) : null;
      return holder ? [{ update, holder }] : [];
    });
    for (const id of removed) {
      if (served.current.has(id)) hideServed(id, holders.current);
    }
    setRedrawn((current) => {
      const next = new Map(current);
      for (const entry of servedEdits) next.set(entry.update.id, entry);
      for (const id of removed) next.delete(id);
      return next;
    });
  }, []);

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
          apply(latest);
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
  }, [articleId, live, apply]);

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
      {[...redrawn.values()].map(({ update, holder }) =>
        createPortal(
          <UpdateCard update={update} slug={slug} timeZone={timeZone} />,
          holder,
          update.id,
        ),
      )}
    </>
  );
}

/**
 * The place an edited served update is drawn again: a holder right after
 * the served card, which is hidden and gives its anchor to the new drawing,
 * so `#update-{id}` links keep landing on the current text.
 */
function holderFor(id: string, holders: Map<string, HTMLElement>): HTMLElement | null {
  const known = holders.get(id);
  if (known) return known;
  const original = document.getElementById(updateAnchor(id));
  if (!original) return null;
  const holder = document.createElement("div");
  holder.className = "live-update-holder";
  original.after(holder);
  original.hidden = true;
  original.removeAttribute("id");
  holders.set(id, holder);
  return holder;
}

/** A served update that was deleted (or its redrawing) leaves the page. */
function hideServed(id: string, holders: Map<string, HTMLElement>): void {
  const holder = holders.get(id);
  if (holder) holder.hidden = true;
  const original = document.getElementById(updateAnchor(id));
  if (original) original.hidden = true;
}

interface Redrawn {
  update: LiveUpdateDto;
  holder: HTMLElement;
}

/** JSON has no dates. */
function revive(update: LiveUpdateDto): LiveUpdateDto {
  return { ...update, publishedAt: new Date(update.publishedAt) };
}
