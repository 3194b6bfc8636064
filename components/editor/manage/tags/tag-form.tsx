"use client";

import { useState, type FormEvent } from "react";
import { createTagAction, updateTagAction } from "@/lib/tags/actions";
import { TAG_LIMITS } from "@/lib/tags/schemas";
import { KitForm, SubmitRow, TextArea, TextField, fieldProps } from "../form-kit";
import { SlugField } from "../slug-field";
import { useManageAction } from "../use-manage-action";
import { useNamedValues } from "../use-named-values";

export interface TagFormValues {
  name: string;
  slug: string;
  description: string;
}

const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Address",
  description: "Description",
};
const EMPTY: TagFormValues = { name: "", slug: "", description: "" };

/** Creates a tag (and clears itself for the next one), or edits one (`id` given). */
export function TagForm({ id, initial = EMPTY }: { id?: string; initial?: TagFormValues }) {
  const form = id ? "tag" : "new-tag";
  const { values, setValues, set, setSlug, reset, formRef, hydrated } = useNamedValues(
    initial,
    Boolean(id),
  );
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  const create = useManageAction(createTagAction);
  const update = useManageAction(updateTagAction);
  const { pending, failure, message, errorFor } = id ? update : create;
  const field = fieldProps(form, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!id) {
      await create.run(values, () => {
        reset(EMPTY);
        return `Tag “${values.name.trim()}” created.`;
      });
      return;
    }
    await update.run({ ...values, id }, (data) => {
      setSavedSlug(data.slug);
      setValues((current) => ({ ...current, slug: data.slug }));
      return "Tag saved. Its page and the articles carrying it show the change.";
    });
  }

  const slugChanged = Boolean(id) && values.slug.trim() !== "" && values.slug.trim() !== savedSlug;

  return (
    <KitForm
      form={form}
      formRef={formRef}
      action={{ pending, failure, message }}
      labelFor={(name) => LABELS[name]}
      onSubmit={onSubmit}
    >
      <TextField
        {...field("name")}
        label="Name"
        value={values.name}
        onChange={(value) => set("name", value)}
        maxLength={TAG_LIMITS.name + 20}
        required
        autoComplete="off"
      />
      <SlugField
        form={form}
        prefix="/tag/"
        value={values.slug}
        onChange={setSlug}
        error={errorFor("slug")}
        hint={
          slugChanged
            ? `Links to /tag/${savedSlug} will stop working.`
            : "Left empty, it is made from the name."
        }
      />
      <TextArea
        {...field("description")}
        label="Description"
        hint="Shown at the top of the tag page."
        rows={3}
        value={values.description}
        onChange={(value) => set("description", value)}
      />
      <SubmitRow pending={pending} ready={hydrated} label={id ? "Save tag" : "Create tag"} />
    </KitForm>
  );
}
