"use client";

import { useRef, useState, type FormEvent } from "react";
import {
  KitForm,
  SubmitRow,
  TextArea,
  TextField,
  fieldProps,
} from "@/components/editor/manage/form-kit";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import {
  intoValues,
  useTypedBeforeHydration,
} from "@/components/editor/use-typed-before-hydration";
import { updateMediaTextAction } from "@/lib/media/actions";
import { MEDIA_TEXT_LIMITS } from "@/lib/media/schemas";

interface MediaText {
  alt: string;
  caption: string;
  credit: string;
}

const LABELS: Record<string, string> = { alt: "Alt text", caption: "Caption", credit: "Credit" };

/**
 * The library's own alt text, caption and credit. Every placement that did
 * not write its own shows these, so a fix here reaches all of them.
 */
export function MediaTextForm({ id, initial }: { id: string; initial: MediaText }) {
  const [values, setValues] = useState(initial);
  const { pending, failure, message, run, errorFor } = useManageAction(updateMediaTextAction);
  const field = fieldProps("media", errorFor);
  const set = (key: keyof MediaText, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  // What was typed before the script loaded is kept (use-typed-before-hydration.ts).
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useTypedBeforeHydration(formRef, intoValues(values, set));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ id, ...values }, () => "Saved. Pages placing this image show the new text.");
  }

  return (
    <KitForm
      form="media"
      formRef={formRef}
      action={{ pending, failure, message }}
      labelFor={(name) => LABELS[name]}
      onSubmit={onSubmit}
    >
      <TextArea
        {...field("alt")}
        label="Alt text"
        hint="What the image shows, for readers who can't see it."
        rows={3}
        value={values.alt}
        maxLength={MEDIA_TEXT_LIMITS.alt + 20}
        onChange={(value) => set("alt", value)}
      />
      <TextArea
        {...field("caption")}
        label="Caption"
        rows={3}
        value={values.caption}
        maxLength={MEDIA_TEXT_LIMITS.caption + 20}
        onChange={(value) => set("caption", value)}
      />
      <TextField
        {...field("credit")}
        label="Credit"
        hint="As printed: “(Name/Agency via Getty Images)”."
        value={values.credit}
        maxLength={MEDIA_TEXT_LIMITS.credit + 20}
        onChange={(value) => set("credit", value)}
      />
      <SubmitRow pending={pending} ready={hydrated} label="Save text" />
    </KitForm>
  );
}
