"use client";

import { useRef, useState, type FormEvent } from "react";
import { updateStaffProfileAction } from "@/lib/staff/actions";
import { KitForm, SubmitRow, TextField, fieldProps } from "../form-kit";
import { useManageAction } from "../use-manage-action";
import { intoValues, useTypedBeforeHydration } from "../../use-typed-before-hydration";

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
  const field = fieldProps(FORM, errorFor);
  // What was typed before the script loaded is kept (use-typed-before-hydration.ts).
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useTypedBeforeHydration(
    formRef,
    intoValues(values, (key, value) => setValues((current) => ({ ...current, [key]: value }))),
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ id, ...values }, () => "Account details saved.");
  }

  return (
    <KitForm
      form={FORM}
      formRef={formRef}
      action={{ pending, failure, message }}
      labelFor={(name) => LABELS[name]}
      onSubmit={onSubmit}
    >
      <TextField
        {...field("name")}
        label="Name"
        value={values.name}
        onChange={(name) => setValues({ ...values, name })}
        autoComplete="off"
      />
      <TextField
        {...field("email")}
        label="Email"
        hint="The address they sign in with."
        type="email"
        value={values.email}
        onChange={(email) => setValues({ ...values, email })}
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitRow pending={pending} ready={hydrated} label="Save details" />
    </KitForm>
  );
}
