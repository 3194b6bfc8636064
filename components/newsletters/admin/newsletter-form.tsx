"use client";

import type { FormEvent } from "react";
import {
  Checkbox,
  NameField,
  Select,
  TextArea,
  TextField,
  fieldProps,
} from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useCreateOrUpdate } from "@/components/editor/manage/use-manage-action";
import { useNamedValues } from "@/components/editor/manage/use-named-values";
import { createNewsletterAction, updateNewsletterAction } from "@/lib/newsletters/admin/actions";
import type { ManagedNewsletterDto } from "@/lib/newsletters/admin/dto";
import { NEWSLETTER_LIMITS } from "@/lib/newsletters/admin/newsletter-schemas";
import { EDITION_LABELS } from "@/lib/i18n/edition-labels";
import { EDITIONS, isEdition } from "@/lib/i18n/editions";

/** What the form edits: a newsletter as the staff screens read it, less its id and counts. */
export type NewsletterFormValues = Omit<ManagedNewsletterDto, "id" | "counts">;

const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Slug",
  description: "Description",
  cadence: "How often",
  senderName: "Sender name",
  senderEmail: "Sender address",
  position: "Order",
  edition: "Edition",
};

const FORM = "newsletter";

/** Creates a newsletter, or edits one (`id` given). */
export function NewsletterForm({ id, initial }: { id?: string; initial: NewsletterFormValues }) {
  const { values, set, setSlug, keepTyped } = useNamedValues(initial, Boolean(id));
  const { pending, failure, message, errorFor, save } = useCreateOrUpdate(
    id,
    createNewsletterAction,
    updateNewsletterAction,
    (created) => `/editor/newsletters/${created}?created=1`,
  );
  const field = fieldProps(FORM, LABELS, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(values, () => "Newsletter saved. Sign-up forms show the change.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={keepTyped}
      submit={id ? "Save newsletter" : "Create newsletter"}
      onSubmit={onSubmit}
    >
      <NameField
        {...field("name")}
        value={values.name}
        onChange={(value) => set("name", value)}
        limit={NEWSLETTER_LIMITS.name}
      />
      <TextField
        {...field("slug")}
        hint="Names the newsletter in sign-up links. Left empty, it is made from the name."
        value={values.slug}
        onChange={setSlug}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
      />
      <TextArea
        {...field("description")}
        hint="Shown beside the sign-up form: what readers get and when."
        rows={3}
        value={values.description}
        onChange={(value) => set("description", value)}
      />
      <div className="em-grid-2">
        <TextField
          {...field("cadence")}
          hint="For example Daily, Weekly, As it happens."
          value={values.cadence}
          onChange={(value) => set("cadence", value)}
          autoComplete="off"
        />
        <TextField
          {...field("position")}
          hint="Lower numbers are listed first."
          type="number"
          inputMode="numeric"
          min={0}
          max={NEWSLETTER_LIMITS.position}
          value={Number.isFinite(values.position) ? values.position : ""}
          onChange={(_, input) => set("position", input.valueAsNumber)}
        />
        <Select
          {...field("edition")}
          hint="Its sign-up forms are on this edition's pages, and its emails in its language."
          value={values.edition}
          onChange={(value) => {
            if (isEdition(value)) set("edition", value);
          }}
        >
          {EDITIONS.map((edition) => (
            <option key={edition} value={edition}>
              {EDITION_LABELS[edition]}
            </option>
          ))}
        </Select>
        <TextField
          {...field("senderName")}
          hint="Who the email is from in the inbox."
          value={values.senderName}
          onChange={(value) => set("senderName", value)}
          autoComplete="off"
          required
        />
        <TextField
          {...field("senderEmail")}
          hint="Must be an address your mail server may send from."
          value={values.senderEmail}
          onChange={(value) => set("senderEmail", value)}
          autoComplete="off"
          type="email"
          required
          spellCheck={false}
        />
      </div>
      <Checkbox
        name="active"
        label="Active: readers can sign up, and issues can be sent"
        hint="Turning a newsletter off hides its sign-up form; subscribers keep their subscriptions."
        checked={values.active}
        onChange={(checked) => set("active", checked)}
      />
      <Checkbox
        name="membersOnly"
        label="For members only"
        hint="No public sign-up form: members subscribe from their account page."
        checked={values.membersOnly}
        onChange={(checked) => set("membersOnly", checked)}
      />
    </KitForm>
  );
}
