"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ArticleFields } from "@/lib/articles/editing/dto";
import { sameFields } from "./field-diff";
import {
  readLocalCopy,
  removeLocalCopy,
  restoreOffer,
  writeLocalCopy,
  type RestoreOffer,
} from "./local-copy";

const WRITE_DELAY_MS = 300;

const storage = () => (typeof window === "undefined" ? null : window.localStorage);

/**
 * Keeps the writer's unsaved fields in localStorage and, on opening, offers
 * a copy the server does not have. Until that offer is answered nothing is
 * written, so the old copy cannot be overwritten by the page it is offered on.
 */
export function useLocalCopy({
  articleId,
  server,
  enabled,
  read,
}: {
  articleId: string;
  server: { version: number; fields: ArticleFields };
  /** Offers are only made to those who can edit (they could not apply them otherwise). */
  enabled: boolean;
  /** The current fields, the server copy they started from and its version. */
  read: () => { fields: ArticleFields; saved: ArticleFields; version: number; keep: boolean };
}) {
  const [offer, setOffer] = useState<RestoreOffer | null>(null);
  const [checked, setChecked] = useState(false);
  const answered = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const initial = useRef(server);

  useEffect(() => {
    const store = storage();
    if (!store || !enabled) return;
    const found = restoreOffer(readLocalCopy(store, articleId), initial.current);
    // Reading localStorage needs the browser, so this runs after the first render.
    setOffer(found);
    answered.current = found === null;
    setChecked(true);
  }, [articleId, enabled]);

  /** Writes the current state now: a copy while it differs from the server, nothing once saved. */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const store = storage();
    if (!store || !answered.current) return;
    const { fields, saved, version, keep } = read();
    if (!keep && sameFields(fields, saved)) {
      removeLocalCopy(store, articleId);
      return;
    }
    writeLocalCopy(store, {
      format: 1,
      articleId,
      baseVersion: version,
      changedAt: new Date().toISOString(),
      fields,
    });
  }, [articleId, read]);

  const changed = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, WRITE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [flush]);

  const answer = useCallback(
    (restore: boolean) => {
      answered.current = true;
      setOffer(null);
      if (!restore) {
        const store = storage();
        if (store) removeLocalCopy(store, articleId);
      }
    },
    [articleId],
  );

  return { offer, checked, changed, flush, answer };
}
