import { MEMBER_HINT_COOKIE } from "@/lib/membership/member-cookie";

function cookie(name: string): string | null {
  for (const part of document.cookie.split("; ")) {
    const index = part.indexOf("=");
    if (part.slice(0, index) === name) return part.slice(index + 1);
  }
  return null;
}

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
  const hint = cookie(MEMBER_HINT_COOKIE);
  if (hint) {
    mark(hint);
    return () => {};
  }
  if (cookie("newsroom-reader") !== "1") return () => {};
  const controller = new AbortController();
  fetch("/api/membership/status", { signal: controller.signal, credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((status: { member: boolean; hideAsks: boolean } | null) => {
      if (status?.member) mark(status.hideAsks ? "2" : "1");
    })
    .catch(() => {});
  return () => controller.abort();
}
