"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createAuthorAction, updateAuthorAction } from "@/lib/authors/actions";
import { authorLinkLabel } from "@/lib/authors/labels";
import { AUTHOR_LIMITS, AUTHOR_LINK_KINDS, type AuthorLinkKind } from "@/lib/authors/schemas";
import { KitForm, Select, SubmitRow, TextArea, TextField, fieldProps } from "../form-kit";
import { RowsEditor } from "../rows-editor";
import { SlugField } from "../slug-field";
import { useManageAction } from "../use-manage-action";
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
const LABELS: Record<string, string> = {
  name: "Name",
  slug: "Address",
  jobTitle: "Job title",
  bio: "Biography",
  links: "Links",
  staffUserId: "Staff account",
};
const labelFor = (name: string) => {
  const [list, index, key] = name.split(".");
  if (list === "links" && index !== undefined) {
    return `Link ${Number(index) + 1}, ${key === "kind" ? "kind" : "address"}`;
  }
  return LABELS[name];
};

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
  const router = useRouter();
  const { values, setValues, set, setSlug, formRef, hydrated } = useNamedValues(
    initial,
    Boolean(id),
  );
  const create = useManageAction(createAuthorAction, { refresh: false });
  const update = useManageAction(updateAuthorAction);
  const { pending, failure, message, errorFor } = id ? update : create;
  const field = fieldProps(FORM, errorFor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The select offers only known kinds; the server checks again.
    const input = {
      ...values,
      links: values.links.map((l) => ({ ...l, kind: l.kind as AuthorLinkKind })),
    };
    if (!id) {
      const result = await create.run(input);
      if (result.ok) router.push(`/editor/authors/${result.data.id}?created=1`);
      return;
    }
    await update.run({ ...input, id }, (data) => {
      setValues((current) => ({ ...current, slug: data.slug }));
      return "Author saved. Their page and bylines show the change.";
    });
  }

  return (
    <KitForm
      form={FORM}
      formRef={formRef}
      action={{ pending, failure, message }}
      labelFor={labelFor}
      onSubmit={onSubmit}
    >
      <div className="em-grid-2">
        <TextField
          {...field("name")}
          label="Name"
          value={values.name}
          onChange={(value) => set("name", value)}
          maxLength={AUTHOR_LIMITS.name + 20}
          autoComplete="off"
          required
        />
        <TextField
          {...field("jobTitle")}
          label="Job title"
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
        label="Biography"
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
        form={FORM}
        name="staffUserId"
        label="Staff account"
        hint={
          canLinkAccounts
            ? "The account that writes under this byline; its “own articles” then include this byline's. Leave empty for a guest author."
            : "Linking a byline to a staff account is done by an admin."
        }
        error={errorFor("staffUserId")}
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
      <SubmitRow pending={pending} ready={hydrated} label={id ? "Save author" : "Create author"} />
    </KitForm>
  );
}
