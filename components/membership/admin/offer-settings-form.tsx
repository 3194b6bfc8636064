"use client";

import { useState, type FormEvent } from "react";
import { Checkbox, Select, TextField, fieldProps } from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
import { saveOfferSettingsAction } from "@/lib/membership/actions";
import { CURRENCY_CHOICES } from "@/lib/membership/schemas";

export interface OfferSettingsValues {
  currency: (typeof CURRENCY_CHOICES)[number];
  customAmount: boolean;
  customMinimum: string;
  donations: boolean;
  donationMinimum: string;
  hideAsksForMembers: boolean;
  membersOnlyComments: boolean;
}

const FORM = "membership-offer";
const LABELS = {
  currency: "Currency",
  customMinimum: "Smallest monthly amount of one's own",
  donationMinimum: "Smallest one-time gift",
};

/** What readers may give besides the tiers, and the perks members get. */
export function OfferSettingsForm({ initial }: { initial: OfferSettingsValues }) {
  const [values, setValues] = useState(initial);
  const { pending, failure, message, errorFor, run } = useManageAction(saveOfferSettingsAction);
  const field = fieldProps(FORM, LABELS, errorFor);
  const set = <K extends keyof OfferSettingsValues>(key: K, value: OfferSettingsValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(values, () => "Saved. New checkouts and the membership page use these settings.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit="Save the offer and perks"
      onSubmit={onSubmit}
    >
      <div className="ed-form">
        <Select
          {...field("currency")}
          hint="For new checkouts; members keep the currency they joined in."
          value={values.currency}
          onChange={(value) => set("currency", value as OfferSettingsValues["currency"])}
        >
          {CURRENCY_CHOICES.map((code) => (
            <option key={code} value={code}>
              {code.toUpperCase()}
            </option>
          ))}
        </Select>
        <div className="mm-money">
          <div>
            <Checkbox
              name="customAmount"
              label="Readers may choose their own monthly amount"
              checked={values.customAmount}
              onChange={(checked) => set("customAmount", checked)}
            />
            <TextField
              {...field("customMinimum")}
              inputMode="decimal"
              value={values.customMinimum}
              onChange={(value) => set("customMinimum", value)}
            />
          </div>
          <div>
            <Checkbox
              name="donations"
              label="Readers may give once"
              checked={values.donations}
              onChange={(checked) => set("donations", checked)}
            />
            <TextField
              {...field("donationMinimum")}
              inputMode="decimal"
              value={values.donationMinimum}
              onChange={(value) => set("donationMinimum", value)}
            />
          </div>
        </div>
        <fieldset className="mm-perks">
          <legend>Members&apos; perks</legend>
          <Checkbox
            name="hideAsksForMembers"
            label="Members see no membership asks"
            hint="The header's membership link is hidden for them too (the support box never shows to members)."
            checked={values.hideAsksForMembers}
            onChange={(checked) => set("hideAsksForMembers", checked)}
          />
          <Checkbox
            name="membersOnlyComments"
            label="Only members may comment"
            hint="Everyone still reads the comments; posting needs an active membership."
            checked={values.membersOnlyComments}
            onChange={(checked) => set("membersOnlyComments", checked)}
          />
          <p className="ed-hint">
            Member-only newsletters are set on each newsletter under Newsletters.
          </p>
        </fieldset>
      </div>
    </KitForm>
  );
}
