"use client";

import type { ArticleEditorData } from "@/lib/articles/editing/dto";
import { LIMITS, TYPE_OPTIONS, type ArticleType } from "./article-labels";
import { Field } from "./field";
import { errorFor, errorId, fieldId, type FieldErrors } from "./field-errors";
import { OptionCombobox } from "./option-combobox";

type Options = ArticleEditorData["options"];

/** Section and type: where the story is filed and what kind it is. */
export function PlacementPanel({
  sectionId,
  type,
  sections,
  errors,
  disabled,
  canMakePages,
  onSection,
  onType,
}: {
  sectionId: string | null;
  type: ArticleType;
  sections: Options["sections"];
  errors: FieldErrors;
  disabled: boolean;
  /** Turning an article into a static page (or back) is for editors. */
  canMakePages: boolean;
  onSection: (id: string | null) => void;
  onType: (type: ArticleType) => void;
}) {
  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-placement">
      <h2 id="panel-placement">Placement</h2>
      <div className="ae-panel-grid">
        <Field name="sectionId" label="Section" error={errorFor(errors, "sectionId")}>
          {(control) => (
            <select
              {...control}
              value={sectionId ?? ""}
              disabled={disabled}
              onChange={(event) => onSection(event.target.value || null)}
            >
              <option value="">No section</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="type" label="Type" error={errorFor(errors, "type")}>
          {(control) => (
            <select
              {...control}
              value={type}
              disabled={disabled || (type === "PAGE" && !canMakePages)}
              onChange={(event) => onType(event.target.value as ArticleType)}
            >
              {TYPE_OPTIONS.filter(
                ([value]) => canMakePages || value !== "PAGE" || type === "PAGE",
              ).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}

/** Tags as removable chips, added from a searchable list. */
export function TagsPanel({
  tagIds,
  tags,
  error,
  disabled,
  locked,
  onChange,
}: {
  tagIds: string[];
  tags: Options["tags"];
  error?: string;
  disabled: boolean;
  /** The person may not change tags at all (contributors). */
  locked: boolean;
  onChange: (ids: string[]) => void;
}) {
  const name = new Map(tags.map((tag) => [tag.id, tag.name]));
  const off = disabled || locked;
  const full = tagIds.length >= LIMITS.tags;
  const hintId = `${fieldId("tagIds")}-hint`;
  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-tags">
      <h2 id="panel-tags">Tags</h2>
      {tagIds.length ? (
        <ul className="ae-chips" aria-label="Chosen tags">
          {tagIds.map((id) => (
            <li key={id} className="ae-chip">
              <span>{name.get(id) ?? "Unknown tag"}</span>
              {off ? null : (
                <button
                  type="button"
                  aria-label={`Remove tag ${name.get(id) ?? ""}`}
                  onClick={() => onChange(tagIds.filter((other) => other !== id))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ae-empty">No tags yet.</p>
      )}
      <div className="ed-field">
        <label htmlFor={fieldId("tagIds")} className="visually-hidden">
          Add a tag
        </label>
        <OptionCombobox
          id={fieldId("tagIds")}
          label="Add a tag"
          placeholder={full ? `At most ${LIMITS.tags} tags` : "Add a tag…"}
          options={tags.map((tag) => ({ id: tag.id, label: tag.name }))}
          exclude={tagIds}
          disabled={off || full}
          invalid={!!error}
          describedBy={
            [locked ? hintId : null, error ? errorId("tagIds") : null].filter(Boolean).join(" ") ||
            undefined
          }
          onAdd={(id) => onChange([...tagIds, id])}
        />
        {locked ? (
          <span id={hintId} className="ed-hint">
            Editors and authors choose the tags.
          </span>
        ) : null}
        {error ? (
          <span id={errorId("tagIds")} className="ed-field-error">
            {error}
          </span>
        ) : null}
      </div>
    </section>
  );
}

/** Bylines in reading order: add, remove, and move with buttons. */
export function BylinesPanel({
  authorIds,
  authors,
  error,
  disabled,
  onChange,
}: {
  authorIds: string[];
  authors: Options["authors"];
  error?: string;
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const byId = new Map(authors.map((author) => [author.id, author]));
  const full = authorIds.length >= LIMITS.bylines;

  function move(index: number, step: -1 | 1) {
    const next = [...authorIds];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + step, 0, moved);
    onChange(next);
    // Keep focus on the same button of the moved byline, or its other arrow at an end.
    requestAnimationFrame(() => {
      const target = index + step;
      const row = document.querySelector(`[data-byline-row="${target}"]`);
      const preferred = row?.querySelector<HTMLButtonElement>(
        `[data-move="${step}"]:not(:disabled)`,
      );
      (preferred ?? row?.querySelector<HTMLButtonElement>("[data-move]:not(:disabled)"))?.focus();
    });
  }

  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-bylines">
      <h2 id="panel-bylines">Bylines</h2>
      {authorIds.length ? (
        <ol className="ae-bylines" aria-label="Bylines in order">
          {authorIds.map((id, index) => {
            const author = byId.get(id);
            const label = author?.name ?? "Unknown author";
            return (
              <li key={id} className="ae-byline" data-byline-row={index}>
                <span className="ae-byline-name">
                  {label}
                  <span className="ae-byline-role">
                    {author ? (author.staff ? author.jobTitle || "Staff" : "Guest") : ""}
                  </span>
                </span>
                <span className="ae-byline-actions">
                  <button
                    type="button"
                    data-move="-1"
                    aria-label={`Move ${label} up`}
                    disabled={disabled || index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    data-move="1"
                    aria-label={`Move ${label} down`}
                    disabled={disabled || index === authorIds.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${label}`}
                    disabled={disabled}
                    onClick={() => onChange(authorIds.filter((other) => other !== id))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="ae-empty">No bylines yet. Published stories need at least one.</p>
      )}
      <div className="ed-field">
        <label htmlFor={fieldId("authorIds")} className="visually-hidden">
          Add a byline
        </label>
        <OptionCombobox
          id={fieldId("authorIds")}
          label="Add a byline"
          placeholder={full ? `At most ${LIMITS.bylines} bylines` : "Add a staff or guest author…"}
          options={authors.map((author) => ({
            id: author.id,
            label: author.name,
            hint: author.staff ? author.jobTitle || "Staff" : "Guest",
          }))}
          exclude={authorIds}
          disabled={disabled || full}
          invalid={!!error}
          describedBy={error ? errorId("authorIds") : undefined}
          onAdd={(id) => onChange([...authorIds, id])}
        />
        {error ? (
          <span id={errorId("authorIds")} className="ed-field-error">
            {error}
          </span>
        ) : null}
      </div>
    </section>
  );
}
