import { readCookie } from "@/lib/http/browser-cookie";
import { MEMBER_HINT_COOKIE } from "@/lib/membership/member-cookie";
import { hasReaderHint } from "@/lib/readers/reader-hint";

function mark(hint: string | null) {
  if (hint === "1" || hint === "2") document.documentElement.dataset.member = hint;
  else delete document.documentElement.dataset.member;
}

/**
 * Tells the cached page whether its reader is a member, so the support box
 * (and, with the perk on, every membership ask) is hidden by CSS for members
 * alone. A member's hint cookie answers at once; a signed-in reader without
 * one asks /api/membership/status, which sets it; anyone else is not a
 * member and nothing is asked. Plain DOM, so islands pages run it without
 * React; returns what stops the question.
 */
export function markMember(): () => void {
  const hint = readCookie(MEMBER_HINT_COOKIE);
  if (hint) {
    mark(hint);
    return () => {};
  }
  if (!hasReaderHint()) return () => {};
  const controller = new AbortController();
  fetch("/api/membership/status", { signal: controller.signal, credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((status: { member: boolean; hideAsks: boolean } | null) => {
      if (status?.member) mark(status.hideAsks ? "2" : "1");
    })
    .catch(() => {});
  return () => controller.abort();
}
