"use client";

import type { FormEvent } from "react";
import { createTagAction, updateTagAction } from "@/lib/tags/actions";
import { TAG_LIMITS } from "@/lib/tags/schemas";
import { NameField, TextArea, fieldProps } from "../form-kit";
import { KitForm } from "../kit-form";
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
  const { values, set, setSlug, reset, keepTyped, savedSlug, slugSaved, slugChanged } =
    useNamedValues(initial, Boolean(id));
  const create = useManageAction(createTagAction);
  const update = useManageAction(updateTagAction);
  const { pending, failure, message, errorFor } = id ? update : create;
  const field = fieldProps(form, LABELS, errorFor);

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
      slugSaved(data.slug);
      return "Tag saved. Its page and the articles carrying it show the change.";
    });
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={keepTyped}
      submit={id ? "Save tag" : "Create tag"}
      onSubmit={onSubmit}
    >
      <NameField
        {...field("name")}
        value={values.name}
        onChange={(value) => set("name", value)}
        limit={TAG_LIMITS.name}
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
        hint="Shown at the top of the tag page."
        rows={3}
        value={values.description}
        onChange={(value) => set("description", value)}
      />
    </KitForm>
  );
}
