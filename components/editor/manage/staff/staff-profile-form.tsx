"use client";

import { useRef, useState, type FormEvent } from "react";
import { updateStaffProfileAction } from "@/lib/staff/actions";
import { ErrorSummary, Field, StatusMessage } from "../form-kit";
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
    <form
      ref={formRef}
      className="ed-form em-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
    >
      <ErrorSummary form={FORM} failure={failure} labelFor={(name) => LABELS[name]} />
      <StatusMessage message={message} />
      <Field form={FORM} name="name" label="Name" error={errorFor("name")}>
        {(control) => (
          <input
            {...control}
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        form={FORM}
        name="email"
        label="Email"
        hint="The address they sign in with."
        error={errorFor("email")}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <div className="em-actions">
        <button
          type="submit"
          className="ed-button ed-button-primary"
          disabled={pending || !hydrated}
        >
          {pending ? "Saving…" : "Save details"}
        </button>
      </div>
    </form>
  );
}
