"use client";

import { useState } from "react";
import { resetStaffPasswordAction, setStaffActiveAction } from "@/lib/staff/actions";
import { ConfirmAction } from "../confirm-action";
import { TemporaryPassword } from "./temporary-password";

/**
 * Sign-in access: deactivate or reactivate, and reset the password (the new
 * temporary one is shown once). What the rules forbid (one's own account,
 * the last admin) is explained instead of offered.
 */
export function StaffAccess({
  account,
  isSelf,
  isLastActiveAdmin,
}: {
  account: { id: string; name: string; email: string; active: boolean };
  isSelf: boolean;
  isLastActiveAdmin: boolean;
}) {
  const [password, setPassword] = useState<string | null>(null);
  const label = account.name || account.email;

  return (
    <div className="em-access">
      <div className="em-access-item">
        <h3>{account.active ? "Deactivate" : "Reactivate"}</h3>
        {isSelf ? (
          <p className="ed-hint">You cannot deactivate your own account. Ask another admin.</p>
        ) : account.active && isLastActiveAdmin ? (
          <p className="ed-hint">
            The last active admin cannot be deactivated. Make another account an admin first.
          </p>
        ) : account.active ? (
          <ConfirmAction
            action={setStaffActiveAction}
            input={{ id: account.id, active: false }}
            label="Deactivate account…"
            confirmLabel="Deactivate"
            danger
            successMessage="Account deactivated. Its sessions have ended."
            question={
              <p>
                {label} will be signed out everywhere at once and cannot sign in until reactivated.
                Their byline and articles stay.
              </p>
            }
          />
        ) : (
          <ConfirmAction
            action={setStaffActiveAction}
            input={{ id: account.id, active: true }}
            label="Reactivate account…"
            confirmLabel="Reactivate"
            successMessage="Account reactivated. They can sign in again with their password."
            question={<p>Let {label} sign in again with their current password?</p>}
          />
        )}
      </div>
      <div className="em-access-item">
        <h3>Password</h3>
        {isSelf ? (
          <p className="ed-hint">You cannot reset your own password here. Ask another admin.</p>
        ) : (
          <>
            <ConfirmAction
              action={resetStaffPasswordAction}
              input={{ id: account.id }}
              label="Reset password…"
              confirmLabel="Reset password"
              question={
                <p>
                  Replace {label}&rsquo;s password with a new temporary one? They will be signed out
                  everywhere at once.
                </p>
              }
              onDone={(data) => setPassword(data.temporaryPassword)}
            />
            {password ? <TemporaryPassword email={account.email} password={password} /> : null}
          </>
        )}
      </div>
    </div>
  );
}
