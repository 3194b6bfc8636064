"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/staff/dto";
import { createStaffAccountAction } from "@/lib/staff/actions";
import { Checkbox, NameField, TextField, fieldProps } from "../form-kit";
import { KitForm } from "../kit-form";
import { useManageAction } from "../use-manage-action";
import { intoValues } from "../../use-typed-before-hydration";
import { RoleChoice } from "./role-choice";
import { TemporaryPassword } from "./temporary-password";

const FORM = "new-staff";
const LABELS: Record<string, string> = { name: "Name", email: "Email", role: "Role" };
const EMPTY = { name: "", email: "", role: "AUTHOR" as Role, createByline: true };

/** Opens an account; on success shows its temporary password once, in place of the form. */
export function StaffCreateForm() {
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<{
    id: string;
    email: string;
    temporaryPassword: string;
  } | null>(null);
  const { pending, failure, errorFor, run, clear } = useManageAction(createStaffAccountAction, {
    refresh: false,
  });
  const field = fieldProps(FORM, LABELS, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(values);
    if (result.ok) setCreated(result.data);
  }

  if (created) {
    return (
      <div className="em-form">
        <p className="ed-notice">Account created.</p>
        <TemporaryPassword email={created.email} password={created.temporaryPassword} />
        <div className="em-actions">
          <Link className="ed-button ed-button-primary" href={`/editor/staff/${created.id}`}>
            Open the account
          </Link>
          <button
            type="button"
            className="ed-button"
            onClick={() => {
              setCreated(null);
              setValues(EMPTY);
              clear();
            }}
          >
            Create another
          </button>
        </div>
      </div>
    );
  }

  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <KitForm
      fields={field}
      action={{ pending, failure }}
      keepTyped={intoValues(values, set, { [`${FORM}-role`]: "role" })}
      submit={{ label: "Create account", pendingLabel: "Creating…" }}
      onSubmit={onSubmit}
    >
      <NameField {...field("name")} value={values.name} onChange={(value) => set("name", value)} />
      <TextField
        {...field("email")}
        hint="They sign in with this address."
        type="email"
        value={values.email}
        onChange={(value) => set("email", value)}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <RoleChoice
        form={FORM}
        value={values.role}
        onChange={(role) => set("role", role)}
        error={errorFor("role")}
      />
      <Checkbox
        name="createByline"
        label="Also create a byline under this name"
        hint="Writers need one to be credited; it can be edited under Authors."
        checked={values.createByline}
        onChange={(checked) => set("createByline", checked)}
      />
    </KitForm>
  );
}
