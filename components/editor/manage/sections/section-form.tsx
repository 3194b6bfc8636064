"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createSectionAction, updateSectionAction } from "@/lib/sections/actions";
import { SECTION_LIMITS } from "@/lib/sections/schemas";
import { Checkbox, KitForm, SubmitRow, TextArea, TextField, fieldProps } from "../form-kit";
import { SlugField } from "../slug-field";
import { useManageAction } from "../use-manage-action";
import { useNamedValues } from "../use-named-values";

export interface SectionFormValues {
  name: string;
  slug: string;
  description: string;
  inNavigation: boolean;
}

const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Address",
  description: "Description",
  inNavigation: "Navigation",
};

const FORM = "section";

/** Creates a section, or edits one (`id` given). */
export function SectionForm({ id, initial }: { id?: string; initial: SectionFormValues }) {
  const router = useRouter();
  const { values, setValues, set, setSlug, formRef, hydrated } = useNamedValues(
    initial,
    Boolean(id),
  );
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  const create = useManageAction(createSectionAction, { refresh: false });
  const update = useManageAction(updateSectionAction);
  const { pending, failure, message, errorFor } = id ? update : create;
  const field = fieldProps(FORM, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!id) {
      const result = await create.run(values);
      if (result.ok) router.push(`/editor/sections/${result.data.id}?created=1`);
      return;
    }
    await update.run({ ...values, id }, (data) => {
      const moved = data.slug !== savedSlug;
      const note = moved ? ` /${savedSlug} now redirects to /${data.slug}.` : "";
      setSavedSlug(data.slug);
      setValues((current) => ({ ...current, slug: data.slug }));
      return `Section saved.${note}`;
    });
  }

  const slugChanged = Boolean(id) && values.slug.trim() !== "" && values.slug.trim() !== savedSlug;

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
        onChange={(value) => set("name", value)}
        maxLength={SECTION_LIMITS.name + 20}
        required
        autoComplete="off"
      />
      <SlugField
        form={FORM}
        prefix="/"
        value={values.slug}
        onChange={setSlug}
        error={errorFor("slug")}
        hint={
          slugChanged
            ? `The current address /${savedSlug} will redirect to the new one.`
            : "Lower-case letters, digits and hyphens. Shared with articles: no two may use the same address."
        }
      />
      <TextArea
        {...field("description")}
        label="Description"
        hint="Shown on the section page and in search results."
        rows={3}
        value={values.description}
        onChange={(value) => set("description", value)}
      />
      <Checkbox
        name="inNavigation"
        label="Show in the site navigation"
        checked={values.inNavigation}
        onChange={(checked) => set("inNavigation", checked)}
      />
      <SubmitRow
        pending={pending}
        ready={hydrated}
        label={id ? "Save section" : "Create section"}
      />
    </KitForm>
  );
}
