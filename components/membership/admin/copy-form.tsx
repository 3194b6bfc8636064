"use client";

import { useState, type FormEvent } from "react";
import {
  Field,
  TextArea,
  TextField,
  fieldProps,
  withRowLabels,
} from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { RowsEditor } from "@/components/editor/manage/rows-editor";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
import { saveMembershipCopyAction } from "@/lib/membership/actions";

export interface CopyValues {
  headline: string;
  pitch: string;
  supportTitle: string;
  supportText: string;
  faqs: { question: string; answer: string }[];
}

const FORM = "membership-copy";
const LABELS = withRowLabels(
  {
    headline: "Headline",
    pitch: "Pitch",
    supportTitle: "Support box title",
    supportText: "Support box text",
    faqs: "Questions",
  },
  { faqs: "Question" },
  { question: "question", answer: "answer" },
);

/** The words of /membership and of the support box after every story. */
export function CopyForm({ initial }: { initial: CopyValues }) {
  const [values, setValues] = useState(initial);
  const { pending, failure, message, errorFor, run } = useManageAction(saveMembershipCopyAction);
  const field = fieldProps(FORM, LABELS, errorFor);
  const set = <K extends keyof CopyValues>(key: K, value: CopyValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(values, () => "Saved. The membership page and the support box show it now.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit="Save the words"
      onSubmit={onSubmit}
    >
      <div className="ed-form">
        <TextField
          {...field("headline")}
          value={values.headline}
          maxLength={140}
          onChange={(value) => set("headline", value)}
        />
        <TextArea
          {...field("pitch")}
          hint="Under the headline of /membership: why readers' money matters."
          rows={4}
          value={values.pitch}
          onChange={(value) => set("pitch", value)}
        />
        <Field
          {...field("supportTitle")}
          hint="Shown after every story to readers who are not members."
        >
          {(control) => (
            <input
              {...control}
              value={values.supportTitle}
              maxLength={140}
              onChange={(e) => set("supportTitle", e.target.value)}
            />
          )}
        </Field>
        <TextArea
          {...field("supportText")}
          rows={3}
          value={values.supportText}
          onChange={(value) => set("supportText", value)}
        />
        <RowsEditor
          form={FORM}
          name="faqs"
          legend="Questions and answers"
          hint="Shown at the foot of /membership, in this order."
          rows={values.faqs}
          onChange={(rows) => set("faqs", rows)}
          columns={[
            { key: "question", label: "Question", grow: 1 },
            { key: "answer", label: "Answer", grow: 2 },
          ]}
          blank={{ question: "", answer: "" }}
          max={20}
          addLabel="Add a question"
          errorFor={errorFor}
        />
      </div>
    </KitForm>
  );
}
