"use client";

import { useState, type FormEvent } from "react";
import { updateStaffProfileAction } from "@/lib/staff/actions";
import { TextField, fieldProps } from "../form-kit";
import { KitForm } from "../kit-form";
import { useManageAction } from "../use-manage-action";
import { intoValues } from "../../use-typed-before-hydration";

const FORM = "staff-profile";
const LABELS: Record<string, string> = { name: "Name", email: "Email" };

export function StaffProfileForm({
  id,
  initial,
}: {
  id: string;
  initial: { name: string; email: string };
}) {
  const [values, setValues] = useState(initial);
  const { pending, failure, message, errorFor, run } = useManageAction(updateStaffProfileAction);
  const field = fieldProps(FORM, LABELS, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ id, ...values }, () => "Account details saved.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, (key, value) =>
        setValues((current) => ({ ...current, [key]: value })),
      )}
      submit="Save details"
      onSubmit={onSubmit}
    >
      <TextField
        {...field("name")}
        value={values.name}
        onChange={(name) => setValues({ ...values, name })}
        autoComplete="off"
      />
      <TextField
        {...field("email")}
        hint="The address they sign in with."
        type="email"
        value={values.email}
        onChange={(email) => setValues({ ...values, email })}
        autoComplete="off"
        spellCheck={false}
      />
    </KitForm>
  );
}
