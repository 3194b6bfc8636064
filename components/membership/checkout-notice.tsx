"use client";

import { useSyncExternalStore } from "react";

const NOTICES: Record<string, { text: string; error: boolean }> = {
  cancelled: { text: "Checkout was cancelled. Nothing was charged.", error: false },
  closed: { text: "Payments are not switched on at the moment.", error: true },
  invalid: {
    text: "That amount or membership cannot be used any more. Check it and try again.",
    error: true,
  },
};

const noChange = () => () => {};

/**
 * What happened to the reader's last attempt (back from Stripe, or a
 * refusal), read from the address: the page around it is cached and the
 * same for everyone, so this one line is drawn in the browser. Only our own
 * sentences, chosen by key: the address never supplies text.
 */
export function CheckoutNotice() {
  const search = useSyncExternalStore(
    noChange,
    () => window.location.search,
    () => "",
  );
  const query = new URLSearchParams(search);
  const notice = NOTICES[query.get("cancelled") === "1" ? "cancelled" : (query.get("error") ?? "")];
  if (!notice) return null;
  return (
    <p
      className={notice.error ? "mb-notice is-error" : "mb-notice"}
      role={notice.error ? "alert" : "status"}
    >
      {notice.text}
    </p>
  );
}
