"use client";

import Image from "next/image";
import { useState } from "react";
import { articleDescription } from "@/lib/articles/description";
import type { ArticleFields } from "@/lib/articles/editing/dto";
import type { MediaItem } from "@/lib/media/dto";
import { heroSizeProblem } from "@/lib/media/rules";
import { LIMITS } from "./article-labels";
import { Field, FieldError } from "./field";
import { errorFor, fieldId, type FieldErrors } from "./field-errors";

type Update = (patch: Partial<ArticleFields>) => void;

/** Shown where an empty placement field falls back to the media library's text. */
const FROM_LIBRARY = "Left empty, the media library's text (shown in grey) is used.";
type Pick = (title: string) => Promise<MediaItem | null>;

/** A chosen image with Replace and Remove, or a button to choose one. */
function ImageChooser({
  name,
  label,
  item,
  mediaId,
  error,
  disabled,
  onChoose,
  onRemove,
  empty,
}: {
  name: string;
  label: string;
  item: MediaItem | undefined;
  mediaId: string | null;
  error?: string;
  disabled: boolean;
  onChoose: () => void;
  onRemove: () => void;
  empty: string;
}) {
  return (
    <div className="ae-image-chooser" id={fieldId(name)} tabIndex={-1}>
      {mediaId ? (
        <div className="ae-image-preview">
          {item ? (
            <Image src={item.src} alt={item.alt || ""} fill sizes="20rem" />
          ) : (
            <span className="ae-empty">This image is no longer in the library.</span>
          )}
        </div>
      ) : (
        <p className="ae-empty">{empty}</p>
      )}
      <div className="ae-image-actions">
        <button type="button" className="ed-button ae-small" onClick={onChoose} disabled={disabled}>
          {mediaId ? `Replace ${label}` : `Choose ${label}`}
        </button>
        {mediaId ? (
          <button
            type="button"
            className="ed-button ed-button-quiet ae-small"
            onClick={onRemove}
            disabled={disabled}
          >
            Remove<span className="visually-hidden"> {label}</span>
          </button>
        ) : null}
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}

export function HeroPanel({
  fields,
  media,
  errors,
  disabled,
  update,
  pick,
}: {
  fields: ArticleFields;
  media: Map<string, MediaItem>;
  errors: FieldErrors;
  disabled: boolean;
  update: Update;
  pick: Pick;
}) {
  const [pickError, setPickError] = useState<string | null>(null);
  const library = fields.heroImageId ? media.get(fields.heroImageId) : undefined;
  async function choose() {
    const item = await pick("Choose the hero image");
    if (!item) return;
    const tooSmall = heroSizeProblem(item);
    setPickError(tooSmall);
    if (tooSmall) return;
    // Empty texts show the library's, so a later fix there reaches this page too;
    // whatever is typed here is this article's own.
    update({ heroImageId: item.id, heroAlt: "", heroCaption: "", heroCredit: "" });
  }
  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-hero">
      <h2 id="panel-hero">Hero image</h2>
      <ImageChooser
        name="heroImageId"
        label="hero image"
        item={library}
        mediaId={fields.heroImageId}
        error={pickError ?? errorFor(errors, "heroImageId")}
        disabled={disabled}
        onChoose={choose}
        onRemove={() => {
          setPickError(null);
          update({ heroImageId: null, heroAlt: "", heroCaption: "", heroCredit: "" });
        }}
        empty="No hero image."
      />
      {fields.heroImageId ? (
        <>
          <Field
            name="heroAlt"
            label="Alt text"
            hint={`What the image shows, for readers who can't see it.${library?.alt ? ` ${FROM_LIBRARY}` : ""}`}
            error={errorFor(errors, "heroAlt")}
          >
            {(control) => (
              <input
                {...control}
                value={fields.heroAlt}
                placeholder={library?.alt}
                maxLength={LIMITS.alt}
                disabled={disabled}
                onChange={(event) => update({ heroAlt: event.target.value })}
              />
            )}
          </Field>
          <Field
            name="heroCaption"
            label="Caption"
            hint={library?.caption ? FROM_LIBRARY : undefined}
            error={errorFor(errors, "heroCaption")}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={fields.heroCaption}
                placeholder={library?.caption}
                maxLength={LIMITS.caption}
                disabled={disabled}
                onChange={(event) => update({ heroCaption: event.target.value })}
              />
            )}
          </Field>
          <Field
            name="heroCredit"
            label="Credit"
            hint={library?.credit ? FROM_LIBRARY : undefined}
            error={errorFor(errors, "heroCredit")}
          >
            {(control) => (
              <input
                {...control}
                value={fields.heroCredit}
                maxLength={LIMITS.credit}
                placeholder={library?.credit || "Name/Agency via Getty Images"}
                disabled={disabled}
                onChange={(event) => update({ heroCredit: event.target.value })}
              />
            )}
          </Field>
        </>
      ) : null}
    </section>
  );
}

export function SeoPanel({
  fields,
  media,
  errors,
  disabled,
  update,
  pick,
  path,
}: {
  fields: ArticleFields;
  media: Map<string, MediaItem>;
  errors: FieldErrors;
  disabled: boolean;
  update: Update;
  pick: Pick;
  path: string;
}) {
  const title = fields.seoTitle || fields.title;
  const description = articleDescription(fields);
  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-seo">
      <h2 id="panel-seo">Search and social</h2>
      <div className="ae-serp" aria-hidden="true">
        <span className="ae-serp-path">{path}</span>
        <span className="ae-serp-title">{title || "Headline"}</span>
        <span className="ae-serp-text">
          {description || "The standfirst is used when there is no description."}
        </span>
      </div>
      <Field
        name="seoTitle"
        label="SEO title"
        hint="Leave empty to use the headline."
        error={errorFor(errors, "seoTitle")}
        count={{ used: fields.seoTitle.length, max: LIMITS.seoTitle, ideal: 60 }}
      >
        {(control) => (
          <input
            {...control}
            value={fields.seoTitle}
            maxLength={LIMITS.seoTitle}
            placeholder={fields.title}
            disabled={disabled}
            onChange={(event) => update({ seoTitle: event.target.value })}
          />
        )}
      </Field>
      <Field
        name="seoDescription"
        label="SEO description"
        hint="Leave empty to use the standfirst."
        error={errorFor(errors, "seoDescription")}
        count={{ used: fields.seoDescription.length, max: LIMITS.seoDescription, ideal: 160 }}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={fields.seoDescription}
            maxLength={LIMITS.seoDescription}
            placeholder={fields.standfirst}
            disabled={disabled}
            onChange={(event) => update({ seoDescription: event.target.value })}
          />
        )}
      </Field>
      <div className="ed-field">
        <span className="ed-label">Social image</span>
        <ImageChooser
          name="seoImageId"
          label="social image"
          item={fields.seoImageId ? media.get(fields.seoImageId) : undefined}
          mediaId={fields.seoImageId}
          error={errorFor(errors, "seoImageId")}
          disabled={disabled}
          onChoose={async () => {
            const item = await pick("Choose the social image");
            if (item) update({ seoImageId: item.id });
          }}
          onRemove={() => update({ seoImageId: null })}
          empty={fields.heroImageId ? "Uses the hero image." : "No image."}
        />
      </div>
    </section>
  );
}

export function FlagsPanel({
  featured,
  editorsPick,
  disabled,
  locked,
  update,
}: {
  featured: boolean;
  editorsPick: boolean;
  disabled: boolean;
  locked: boolean;
  update: Update;
}) {
  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-flags">
      <h2 id="panel-flags">Promotion</h2>
      <label className="ed-check">
        <input
          type="checkbox"
          id={fieldId("featured")}
          checked={featured}
          disabled={disabled || locked}
          onChange={(event) => update({ featured: event.target.checked })}
        />
        Featured
      </label>
      <label className="ed-check">
        <input
          type="checkbox"
          id={fieldId("editorsPick")}
          checked={editorsPick}
          disabled={disabled || locked}
          onChange={(event) => update({ editorsPick: event.target.checked })}
        />
        Editors&apos; pick
      </label>
      {locked ? (
        <p className="ed-hint">Only editors feature stories and choose Editors&apos; Picks.</p>
      ) : null}
    </section>
  );
}
