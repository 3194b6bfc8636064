"use client";

import type { FormEvent } from "react";
import { createSectionAction, updateSectionAction } from "@/lib/sections/actions";
import { SECTION_LIMITS } from "@/lib/sections/schemas";
import { Checkbox, NameField, TextArea, fieldProps } from "../form-kit";
import { KitForm } from "../kit-form";
import { SlugField } from "../slug-field";
import { useCreateOrUpdate } from "../use-manage-action";
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
  const { values, set, setSlug, keepTyped, savedSlug, slugSaved, slugChanged } = useNamedValues(
    initial,
    Boolean(id),
  );
  const { pending, failure, message, errorFor, save } = useCreateOrUpdate(
    id,
    createSectionAction,
    updateSectionAction,
    (created) => `/editor/sections/${created}?created=1`,
  );
  const field = fieldProps(FORM, LABELS, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(values, (data) => {
      const moved = data.slug !== savedSlug;
      const note = moved ? ` /${savedSlug} now redirects to /${data.slug}.` : "";
      slugSaved(data.slug);
      return `Section saved.${note}`;
    });
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={keepTyped}
      submit={id ? "Save section" : "Create section"}
      onSubmit={onSubmit}
    >
      <NameField
        {...field("name")}
        value={values.name}
        onChange={(value) => set("name", value)}
        limit={SECTION_LIMITS.name}
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
    </KitForm>
  );
}
