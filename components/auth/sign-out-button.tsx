"use client";

import { signOut } from "next-auth/react";
import { clearStaffHint } from "./staff-hint";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="ed-button ed-button-quiet"
      onClick={() => {
        clearStaffHint();
        void signOut({ callbackUrl: "/login?signedOut=1" });
      }}
    >
      Sign out
    </button>
  );
}
