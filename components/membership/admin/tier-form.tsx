"use client";

import { useState, type FormEvent } from "react";
import {
  Checkbox,
  NameField,
  TextArea,
  TextField,
  fieldProps,
} from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
import { saveTierAction } from "@/lib/membership/actions";

export interface TierValues {
  name: string;
  description: string;
  monthlyAmount: string;
  annualAmount: string;
  position: string;
  active: boolean;
}

const LABELS = {
  name: "Name",
  description: "Description",
  monthlyAmount: "Monthly amount",
  annualAmount: "Annual amount",
  position: "Order",
};
const EMPTY: TierValues = {
  name: "",
  description: "",
  monthlyAmount: "",
  annualAmount: "",
  position: "0",
  active: true,
};

/** Creates a tier (and clears itself), or edits one (`id` given). */
export function TierForm({ id, initial = EMPTY }: { id?: string; initial?: TierValues }) {
  const form = id ? `tier-${id}` : "new-tier";
  const [values, setValues] = useState(initial);
  const { pending, failure, message, errorFor, run } = useManageAction(saveTierAction);
  const field = fieldProps(form, LABELS, errorFor);
  const set = <K extends keyof TierValues>(key: K, value: TierValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ ...values, id: id ?? "" }, () => {
      if (id) return "Tier saved. The membership page shows it now.";
      setValues(EMPTY);
      return `Tier “${values.name.trim()}” created.`;
    });
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit={id ? "Save tier" : "Add tier"}
      onSubmit={onSubmit}
    >
      <div className="ed-form">
        <NameField
          {...field("name")}
          value={values.name}
          onChange={(value) => set("name", value)}
          limit={60}
        />
        <TextArea
          {...field("description")}
          rows={2}
          value={values.description}
          onChange={(value) => set("description", value)}
        />
        <div className="mm-money">
          <TextField
            {...field("monthlyAmount")}
            hint="Empty: not offered monthly."
            inputMode="decimal"
            value={values.monthlyAmount}
            onChange={(value) => set("monthlyAmount", value)}
          />
          <TextField
            {...field("annualAmount")}
            hint="Empty: not offered annually."
            inputMode="decimal"
            value={values.annualAmount}
            onChange={(value) => set("annualAmount", value)}
          />
          <TextField
            {...field("position")}
            hint="Lower comes first."
            inputMode="numeric"
            value={values.position}
            onChange={(value) => set("position", value)}
          />
        </div>
        <Checkbox
          name="active"
          label="Offered on the membership page"
          hint="Members of a tier that is no longer offered keep it."
          checked={values.active}
          onChange={(checked) => set("active", checked)}
        />
      </div>
    </KitForm>
  );
}
