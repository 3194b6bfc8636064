"use client";

import { useEffect } from "react";
import { markMember } from "./member-hint";

/** Marks a member's page (member-hint.ts) where Next's runtime hydrates it. */
export function MemberIsland() {
  useEffect(markMember, []);
  return null;
}
