"use client";

import type { FormEvent } from "react";
import { createAuthorAction, updateAuthorAction } from "@/lib/authors/actions";
import { authorLinkLabel } from "@/lib/authors/labels";
import { AUTHOR_LIMITS, AUTHOR_LINK_KINDS } from "@/lib/authors/schemas";
import type { AuthorLinkKind } from "@/lib/authors/dto";
import { NameField, Select, TextArea, TextField, fieldProps, withRowLabels } from "../form-kit";
import { KitForm } from "../kit-form";
import { RowsEditor } from "../rows-editor";
import { SlugField } from "../slug-field";
import { useCreateOrUpdate } from "../use-manage-action";
import { useNamedValues } from "../use-named-values";

export interface AuthorFormValues {
  name: string;
  slug: string;
  jobTitle: string;
  bio: string;
  links: { kind: string; url: string }[];
  staffUserId: string;
}

export interface AccountOption {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** Set when the account already writes under another byline. */
  takenBy: string | null;
}

const FORM = "author";
const LABELS = withRowLabels(
  {
    name: "Name",
    slug: "Address",
    jobTitle: "Job title",
    bio: "Biography",
    links: "Links",
    staffUserId: "Staff account",
  },
  { links: "Link" },
  { kind: "kind", url: "address" },
);

const KIND_OPTIONS = AUTHOR_LINK_KINDS.map((kind) => ({
  value: kind,
  label: authorLinkLabel(kind),
}));

/** Creates a byline, or edits one (`id` given); guests simply have no account. */
export function AuthorForm({
  id,
  initial,
  accounts,
  canLinkAccounts,
}: {
  id?: string;
  initial: AuthorFormValues;
  accounts: AccountOption[];
  /** Only those who manage staff may link a byline to an account. */
  canLinkAccounts: boolean;
}) {
  const { values, set, setSlug, keepTyped, slugSaved } = useNamedValues(initial, Boolean(id));
  const { pending, failure, message, errorFor, save } = useCreateOrUpdate(
    id,
    createAuthorAction,
    updateAuthorAction,
    (created) => `/editor/authors/${created}?created=1`,
  );
  const field = fieldProps(FORM, LABELS, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The select offers only known kinds; the server checks again.
    const input = {
      ...values,
      links: values.links.map((l) => ({ ...l, kind: l.kind as AuthorLinkKind })),
    };
    await save(input, (data) => {
      slugSaved(data.slug);
      return "Author saved. Their page and bylines show the change.";
    });
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={keepTyped}
      submit={id ? "Save author" : "Create author"}
      onSubmit={onSubmit}
    >
      <div className="em-grid-2">
        <NameField
          {...field("name")}
          value={values.name}
          onChange={(value) => set("name", value)}
          limit={AUTHOR_LIMITS.name}
        />
        <TextField
          {...field("jobTitle")}
          hint="For example “Kyiv correspondent”."
          value={values.jobTitle}
          onChange={(value) => set("jobTitle", value)}
          autoComplete="off"
        />
      </div>
      <SlugField
        form={FORM}
        prefix="/author/"
        value={values.slug}
        onChange={setSlug}
        error={errorFor("slug")}
        hint={
          id
            ? "Changing it breaks links to the current author page."
            : "Left empty, it is made from the name."
        }
      />
      <TextArea
        {...field("bio")}
        hint={`Shown in the author box under each article and on the author page. Up to ${AUTHOR_LIMITS.bio.toLocaleString("en")} characters.`}
        rows={5}
        value={values.bio}
        onChange={(value) => set("bio", value)}
      />
      <RowsEditor
        form={FORM}
        name="links"
        legend="Links"
        hint="Full web addresses (https://…); an email address may be typed as it is."
        rows={values.links}
        onChange={(links) => set("links", links)}
        columns={[
          { key: "kind", label: "Kind", options: KIND_OPTIONS, grow: 1 },
          { key: "url", label: "Address", placeholder: "https://", grow: 3 },
        ]}
        blank={{ kind: "website", url: "" }}
        max={AUTHOR_LIMITS.links}
        addLabel="Add a link"
        errorFor={errorFor}
      />
      <Select
        {...field("staffUserId")}
        hint={
          canLinkAccounts
            ? "The account that writes under this byline; its “own articles” then include this byline's. Leave empty for a guest author."
            : "Linking a byline to a staff account is done by an admin."
        }
        value={values.staffUserId}
        disabled={!canLinkAccounts}
        onChange={(value) => set("staffUserId", value)}
      >
        <option value="">None (guest author)</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id} disabled={Boolean(account.takenBy)}>
            {account.name || account.email} · {account.email}
            {account.active ? "" : " (deactivated)"}
            {account.takenBy ? ` (writes as ${account.takenBy})` : ""}
          </option>
        ))}
      </Select>
    </KitForm>
  );
}
