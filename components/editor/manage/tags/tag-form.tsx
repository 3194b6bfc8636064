"use client";

import { useRef, useState, type FormEvent } from "react";
import { slugify } from "@/lib/slugs/rules";
import { createTagAction, updateTagAction } from "@/lib/tags/actions";
import { TAG_LIMITS } from "@/lib/tags/schemas";
import { ErrorSummary, Field, StatusMessage } from "../form-kit";
import { SlugField } from "../slug-field";
import { useManageAction } from "../use-manage-action";
import { intoValues, useTypedBeforeHydration } from "../../use-typed-before-hydration";

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
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(Boolean(id));
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  const create = useManageAction(createTagAction);
  const update = useManageAction(updateTagAction);
  const { pending, failure, message, errorFor } = id ? update : create;

  const set = <K extends keyof TagFormValues>(key: K, value: string) =>
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "name" && !slugEdited ? { slug: slugify(value) } : {}),
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
      await create.run(values, () => {
        setValues(EMPTY);
        setSlugEdited(false);
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
    <form
      ref={formRef}
      className="ed-form em-form"
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
    >
      <ErrorSummary form={form} failure={failure} labelFor={(name) => LABELS[name]} />
      <StatusMessage message={message} />
      <Field form={form} name="name" label="Name" error={errorFor("name")}>
        {(control) => (
          <input
            {...control}
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            maxLength={TAG_LIMITS.name + 20}
            required
            autoComplete="off"
          />
        )}
      </Field>
      <SlugField
        form={form}
        prefix="/tag/"
        value={values.slug}
        onChange={(value) => {
          setSlugEdited(true);
          set("slug", value);
        }}
        error={errorFor("slug")}
        hint={
          slugChanged
            ? `Links to /tag/${savedSlug} will stop working.`
            : "Left empty, it is made from the name."
        }
      />
      <Field
        form={form}
        name="description"
        label="Description"
        hint="Shown at the top of the tag page."
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
      <div className="em-actions">
        <button
          type="submit"
          className="ed-button ed-button-primary"
          disabled={pending || !hydrated}
        >
          {pending ? "Saving…" : id ? "Save tag" : "Create tag"}
        </button>
      </div>
    </form>
  );
}
