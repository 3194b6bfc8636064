"use client";

import { useRef, useState, type FormEvent } from "react";
import type { Role } from "@/lib/staff/dto";
import { changeStaffRoleAction } from "@/lib/staff/actions";
import { ErrorSummary, StatusMessage } from "../kit-form";
import { useManageAction } from "../use-manage-action";
import { intoValues, useTypedBeforeHydration } from "../../use-typed-before-hydration";
import { ROLE_LABELS } from "./role-labels";
import { RoleChoice } from "./role-choice";

const FORM = "staff-role";

/**
 * Changes the role. `lockedReason` (one's own account, the last admin)
 * disables the choice and says why; the server enforces the same rules.
 */
export function StaffRoleForm({
  id,
  role,
  lockedReason,
}: {
  id: string;
  role: Role;
  lockedReason: string | null;
}) {
  const [value, setValue] = useState(role);
  const { pending, failure, message, errorFor, run } = useManageAction(changeStaffRoleAction);
  // A role ticked before the script loaded is kept (use-typed-before-hydration.ts).
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useTypedBeforeHydration(
    formRef,
    intoValues({ role: value }, (_, role) => setValue(role), { [`${FORM}-role`]: "role" }),
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ id, role: value }, (data) =>
      data.role === role
        ? "The role is unchanged."
        : `Role changed to ${ROLE_LABELS[data.role]}. Their sessions have ended; the new role applies when they sign in again.`,
    );
  }

  return (
    <form
      ref={formRef}
      className="ed-form em-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
    >
      <ErrorSummary form={FORM} failure={failure} labels={() => "Role"} />
      <StatusMessage message={message} />
      <RoleChoice
        form={FORM}
        value={value}
        onChange={setValue}
        error={errorFor("role")}
        disabled={Boolean(lockedReason)}
        hideLegend
      />
      {lockedReason ? (
        <p className="ed-hint">{lockedReason}</p>
      ) : (
        <div className="em-actions">
          <button
            type="submit"
            className="ed-button ed-button-primary"
            disabled={pending || !hydrated || value === role}
          >
            {pending ? "Saving…" : "Change role"}
          </button>
        </div>
      )}
    </form>
  );
}
