"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  ErrorSummary,
  Field,
  StatusMessage,
  type ControlProps,
} from "@/components/editor/manage/form-kit";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import {
  intoValues,
  useTypedBeforeHydration,
} from "@/components/editor/use-typed-before-hydration";
import { createNewsletterAction, updateNewsletterAction } from "@/lib/newsletters/admin/actions";
import { NEWSLETTER_LIMITS } from "@/lib/newsletters/admin/newsletter-schemas";
import { slugify } from "@/lib/slugs/rules";

export interface NewsletterFormValues {
  name: string;
  slug: string;
  description: string;
  cadence: string;
  senderName: string;
  senderEmail: string;
  active: boolean;
  position: number;
}

const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Slug",
  description: "Description",
  cadence: "How often",
  senderName: "Sender name",
  senderEmail: "Sender address",
  position: "Order",
};

const FORM = "newsletter";

/** Creates a newsletter, or edits one (`id` given). */
export function NewsletterForm({ id, initial }: { id?: string; initial: NewsletterFormValues }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(Boolean(id));
  const create = useManageAction(createNewsletterAction, { refresh: false });
  const update = useManageAction(updateNewsletterAction);
  const { pending, failure, message, errorFor } = id ? update : create;

  const set = <K extends keyof NewsletterFormValues>(key: K, value: NewsletterFormValues[K]) =>
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "name" && !slugEdited ? { slug: slugify(String(value)) } : {}),
    }));

  // What was typed before the script loaded is kept (use-typed-before-hydration.ts).
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
      if (result.ok) router.push(`/editor/newsletters/${result.data.id}?created=1`);
      return;
    }
    await update.run({ ...values, id }, () => "Newsletter saved. Sign-up forms show the change.");
  }

  // A plain text input bound to one field, for Field's render prop.
  const text = (
    name: "name" | "cadence" | "senderName" | "senderEmail",
    extra: Record<string, string | number | boolean> = {},
  ) =>
    function TextControl(control: ControlProps) {
      return (
        <input
          {...control}
          value={values[name]}
          onChange={(e) => set(name, e.target.value)}
          autoComplete="off"
          {...extra}
        />
      );
    };

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
        {text("name", { required: true, maxLength: NEWSLETTER_LIMITS.name + 20 })}
      </Field>
      <Field
        form={FORM}
        name="slug"
        label="Slug"
        hint="Names the newsletter in sign-up links. Left empty, it is made from the name."
        error={errorFor("slug")}
      >
        {(control) => (
          <input
            {...control}
            value={values.slug}
            onChange={(e) => {
              setSlugEdited(true);
              set("slug", e.target.value);
            }}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        form={FORM}
        name="description"
        label="Description"
        hint="Shown beside the sign-up form: what readers get and when."
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
      <div className="em-grid-2">
        <Field
          form={FORM}
          name="cadence"
          label="How often"
          hint="For example Daily, Weekly, As it happens."
          error={errorFor("cadence")}
        >
          {text("cadence")}
        </Field>
        <Field
          form={FORM}
          name="position"
          label="Order"
          hint="Lower numbers are listed first."
          error={errorFor("position")}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={NEWSLETTER_LIMITS.position}
              value={Number.isFinite(values.position) ? values.position : ""}
              onChange={(e) => set("position", e.target.valueAsNumber)}
            />
          )}
        </Field>
        <Field
          form={FORM}
          name="senderName"
          label="Sender name"
          hint="Who the email is from in the inbox."
          error={errorFor("senderName")}
        >
          {text("senderName", { required: true })}
        </Field>
        <Field
          form={FORM}
          name="senderEmail"
          label="Sender address"
          hint="Must be an address your mail server may send from."
          error={errorFor("senderEmail")}
        >
          {text("senderEmail", { type: "email", required: true, spellCheck: false })}
        </Field>
      </div>
      <div className="ed-field">
        <label className="ed-check">
          <input
            type="checkbox"
            name="active"
            checked={values.active}
            onChange={(e) => set("active", e.target.checked)}
          />
          Active: readers can sign up, and issues can be sent
        </label>
        <span className="ed-hint">
          Turning a newsletter off hides its sign-up form; subscribers keep their subscriptions.
        </span>
      </div>
      <div className="em-actions">
        <button
          type="submit"
          className="ed-button ed-button-primary"
          disabled={pending || !hydrated}
        >
          {pending ? "Saving…" : id ? "Save newsletter" : "Create newsletter"}
        </button>
      </div>
    </form>
  );
}
