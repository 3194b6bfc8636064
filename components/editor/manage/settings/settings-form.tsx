"use client";

import { useState, type FormEvent } from "react";
import { updateSiteSettingsAction } from "@/lib/site/settings-actions";
import { SETTINGS_LIMITS } from "@/lib/site/settings-schemas";
import type { SiteSettingsFormValues } from "@/lib/site/dto";
import { Field, TextArea, TextField, fieldProps, withRowLabels } from "../form-kit";
import { KitForm } from "../kit-form";
import { RowsEditor } from "../rows-editor";
import { useManageAction } from "../use-manage-action";
import { intoValues } from "../../use-typed-before-hydration";

type Values = SiteSettingsFormValues;
type Promo = Values["promoSlots"][number];

const FORM = "settings";
const LABELS = withRowLabels(
  {
    name: "Site name",
    tagline: "Tagline",
    description: "Description",
    timezone: "Time zone",
    language: "Language",
    moreLinks: "“More” links",
    socialLinks: "Social links",
    promoSlots: "Promo slots",
  },
  { moreLinks: "“More” link", socialLinks: "Social link", promoSlots: "Promo slot" },
  { label: "label", href: "address", url: "address", kind: "kind", tone: "style" },
);

const TONES = [
  { value: "accent", label: "Accent (filled)" },
  { value: "plain", label: "Plain" },
] as const;

/** The site-wide settings in one form; lists are edited in place. */
export function SettingsForm({ initial, timeZones }: { initial: Values; timeZones: string[] }) {
  const [values, setValues] = useState(initial);
  const { pending, failure, message, errorFor, run } = useManageAction(updateSiteSettingsAction);
  const field = fieldProps(FORM, LABELS, errorFor);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(values, () => "Settings saved. Every page shows them from now on.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit={{ label: "Save settings", className: "em-sticky-actions" }}
      onSubmit={onSubmit}
      className="em-settings"
    >
      <section className="ed-panel" aria-labelledby="settings-identity">
        <h2 id="settings-identity">Identity</h2>
        <div className="ed-form">
          <TextField
            {...field("name")}
            value={values.name}
            maxLength={SETTINGS_LIMITS.name + 20}
            onChange={(value) => set("name", value)}
          />
          <TextField
            {...field("tagline")}
            hint="A short line under the name."
            value={values.tagline}
            maxLength={SETTINGS_LIMITS.tagline + 20}
            onChange={(value) => set("tagline", value)}
          />
          <TextArea
            {...field("description")}
            hint="Used by search engines and link previews of the home page."
            rows={3}
            value={values.description}
            onChange={(value) => set("description", value)}
          />
        </div>
      </section>

      <section className="ed-panel" aria-labelledby="settings-locale">
        <h2 id="settings-locale">Time and language</h2>
        <div className="em-grid-2">
          <Field
            {...field("timezone")}
            hint="An IANA zone such as Europe/Kyiv. Every date readers see is shown in it."
          >
            {(control) => (
              <>
                <input
                  {...control}
                  list="settings-time-zones"
                  value={values.timezone}
                  onChange={(e) => set("timezone", e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
                <datalist id="settings-time-zones">
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <TextField
            {...field("language")}
            hint="A language tag such as en or en-GB, for the pages' lang attribute."
            value={values.language}
            onChange={(value) => set("language", value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </section>

      <section className="ed-panel" aria-labelledby="settings-navigation">
        <h2 id="settings-navigation">Navigation and links</h2>
        <div className="ed-form">
          <RowsEditor
            form={FORM}
            name="moreLinks"
            legend="“More” menu"
            hint="The header's More menu and the footer: About, Team, Jobs… A path on this site (/about) or a full address."
            rows={values.moreLinks}
            onChange={(rows) => set("moreLinks", rows)}
            columns={[
              { key: "label", label: "Label", grow: 1 },
              { key: "href", label: "Address", placeholder: "/about", grow: 2 },
            ]}
            blank={{ label: "", href: "" }}
            max={SETTINGS_LIMITS.moreLinks}
            addLabel="Add a link"
            errorFor={errorFor}
          />
          <RowsEditor
            form={FORM}
            name="socialLinks"
            legend="Follow us"
            hint="Social profiles in the footer. The kind (x, bluesky, telegram…) picks the icon."
            rows={values.socialLinks}
            onChange={(rows) => set("socialLinks", rows)}
            columns={[
              { key: "kind", label: "Kind", placeholder: "bluesky", grow: 1 },
              { key: "label", label: "Label", placeholder: "Bluesky", grow: 1 },
              { key: "url", label: "Address", placeholder: "https://", grow: 2 },
            ]}
            blank={{ kind: "", label: "", url: "" }}
            max={SETTINGS_LIMITS.socialLinks}
            addLabel="Add a profile"
            errorFor={errorFor}
          />
          <RowsEditor<Promo>
            form={FORM}
            name="promoSlots"
            legend="Promo slots"
            hint="Prominent header links such as Membership or Store. Accent ones stand out."
            rows={values.promoSlots}
            onChange={(rows) => set("promoSlots", rows)}
            columns={[
              { key: "label", label: "Label", grow: 1 },
              { key: "href", label: "Address", placeholder: "/membership", grow: 2 },
              { key: "tone", label: "Style", options: TONES, grow: 1 },
            ]}
            blank={{ label: "", href: "", tone: "plain" }}
            max={SETTINGS_LIMITS.promoSlots}
            addLabel="Add a promo slot"
            errorFor={errorFor}
          />
        </div>
      </section>
    </KitForm>
  );
}
