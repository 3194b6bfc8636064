"use client";

import { useState, type FormEvent } from "react";
import { TextArea, TextField, fieldProps } from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
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
  const field = fieldProps("media", LABELS, errorFor);
  const set = (key: keyof MediaText, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run({ id, ...values }, () => "Saved. Pages placing this image show the new text.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit="Save text"
      onSubmit={onSubmit}
    >
      <TextArea
        {...field("alt")}
        hint="What the image shows, for readers who can't see it."
        rows={3}
        value={values.alt}
        maxLength={MEDIA_TEXT_LIMITS.alt + 20}
        onChange={(value) => set("alt", value)}
      />
      <TextArea
        {...field("caption")}
        rows={3}
        value={values.caption}
        maxLength={MEDIA_TEXT_LIMITS.caption + 20}
        onChange={(value) => set("caption", value)}
      />
      <TextField
        {...field("credit")}
        hint="As printed: “(Name/Agency via Getty Images)”."
        value={values.credit}
        maxLength={MEDIA_TEXT_LIMITS.credit + 20}
        onChange={(value) => set("credit", value)}
      />
    </KitForm>
  );
}
