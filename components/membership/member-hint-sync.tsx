"use client";

import { useEffect } from "react";
import type { MemberHint } from "@/lib/membership/dto";
import { MEMBER_HINT_COOKIE, MEMBER_HINT_SECONDS } from "@/lib/membership/member-cookie";

/**
 * On the account page, which reads the membership fresh: brings this
 * browser's hint in line with it at once (a membership confirmed by
 * Stripe a moment ago, or one that has ended).
 */
export function MemberHintSync({ hint }: { hint: MemberHint }) {
  useEffect(() => {
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = hint
      ? `${MEMBER_HINT_COOKIE}=${hint}; Path=/; Max-Age=${MEMBER_HINT_SECONDS}; SameSite=Lax${secure}`
      : `${MEMBER_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
    if (hint) document.documentElement.dataset.member = hint;
    else delete document.documentElement.dataset.member;
  }, [hint]);
  return null;
}
