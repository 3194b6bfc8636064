"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { createSectionAction, updateSectionAction } from "@/lib/sections/actions";
import { SECTION_LIMITS } from "@/lib/sections/schemas";
import { slugify } from "@/lib/slugs/rules";
import { ErrorSummary, Field, StatusMessage } from "../form-kit";
import { SlugField } from "../slug-field";
import { useManageAction } from "../use-manage-action";
import { intoValues, useTypedBeforeHydration } from "../../use-typed-before-hydration";

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
  const [values, setValues] = useState(initial);
  // A new section's address follows its name until the address is edited.
  const [slugEdited, setSlugEdited] = useState(Boolean(id));
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  const create = useManageAction(createSectionAction, { refresh: false });
  const update = useManageAction(updateSectionAction);
  const { pending, failure, message, errorFor } = id ? update : create;

  const set = <K extends keyof SectionFormValues>(key: K, value: SectionFormValues[K]) =>
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "name" && !slugEdited ? { slug: slugify(String(value)) } : {}),
    }));

  // What was typed before the script loaded is kept, a typed address included.
  const formRef = useRef<HTMLFormElement>(null);
  const typedInto = intoValues(values, set);
  const hydrated = useTypedBeforeHydration(formRef, (control, value) => {
    if (control.name === "slug") setSlugEdited(true);
    return typedInto(control, value);
  });

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
            onChange={(e) => set("name", e.target.value)}
            maxLength={SECTION_LIMITS.name + 20}
            required
            autoComplete="off"
          />
        )}
      </Field>
      <SlugField
        form={FORM}
        prefix="/"
        value={values.slug}
        onChange={(value) => {
          setSlugEdited(true);
          set("slug", value);
        }}
        error={errorFor("slug")}
        hint={
          slugChanged
            ? `The current address /${savedSlug} will redirect to the new one.`
            : "Lower-case letters, digits and hyphens. Shared with articles: no two may use the same address."
        }
      />
      <Field
        form={FORM}
        name="description"
        label="Description"
        hint="Shown on the section page and in search results."
        error={errorFor("description")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
          />
        )}
      </Field>
      <div className="ed-field">
        <label className="ed-check">
          <input
            type="checkbox"
            name="inNavigation"
            checked={values.inNavigation}
            onChange={(e) => set("inNavigation", e.target.checked)}
          />
          Show in the site navigation
        </label>
      </div>
      <div className="em-actions">
        <button
          type="submit"
          className="ed-button ed-button-primary"
          disabled={pending || !hydrated}
        >
          {pending ? "Saving…" : id ? "Save section" : "Create section"}
        </button>
      </div>
    </form>
  );
}
