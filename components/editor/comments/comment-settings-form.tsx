"use client";

import { useState, type FormEvent } from "react";
import { Select, TextArea, TextField, fieldProps } from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
import { updateCommentSettingsAction } from "@/lib/comments/actions";
import type { CommentSettingsDto } from "@/lib/comments/dto";

const FORM = "comment-settings";
const LABELS: Record<string, string> = {
  policy: "Publishing",
  commentsDefault: "Articles by default",
  watchWords: "Watched words",
  maxLinks: "Links allowed",
  newReaderHours: "New readers",
};

const POLICIES = [
  {
    value: "PRE",
    label: "Hold first-time commenters",
    hint: "A reader's comments wait for a moderator until one of them has been approved; after that they appear at once.",
  },
  {
    value: "POST",
    label: "Publish at once, moderate after",
    hint: "Comments appear immediately unless a check below holds them.",
  },
] as const;

const MODES = [
  { value: "OPEN", label: "Open: readers can comment" },
  { value: "CLOSED", label: "Closed: comments shown, no new ones" },
  { value: "OFF", label: "Off: no comments shown" },
] as const;

/** The moderation policy, the articles' default and the checks that hold a comment. */
export function CommentSettingsForm({ initial }: { initial: CommentSettingsDto }) {
  const [values, setValues] = useState({
    ...initial,
    maxLinks: String(initial.maxLinks),
    newReaderHours: String(initial.newReaderHours),
  });
  const { pending, failure, message, errorFor, run } = useManageAction(updateCommentSettingsAction);
  const field = fieldProps(FORM, LABELS, errorFor);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      {
        policy: values.policy,
        commentsDefault: values.commentsDefault,
        watchWords: values.watchWords,
        maxLinks: values.maxLinks,
        newReaderHours: values.newReaderHours,
      },
      () => "Comment settings saved. New comments are judged by them from now on.",
    );
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(values, set)}
      submit="Save comment settings"
      onSubmit={onSubmit}
    >
      <section className="ed-panel" aria-labelledby="cs-policy">
        <h2 id="cs-policy">Publishing</h2>
        <fieldset className="ed-fieldset">
          <legend className="visually-hidden">When comments are published</legend>
          {POLICIES.map((policy) => (
            <label key={policy.value} className="edc-choice">
              <input
                type="radio"
                name="policy"
                value={policy.value}
                checked={values.policy === policy.value}
                onChange={() => set("policy", policy.value)}
              />
              <span>
                <strong>{policy.label}</strong>
                <span className="ed-hint">{policy.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="edc-spaced">
          <Select
            {...field("commentsDefault")}
            hint="Each article can override this in the editor's sidebar (Comments)."
            value={values.commentsDefault}
            onChange={(value) =>
              set("commentsDefault", value as CommentSettingsDto["commentsDefault"])
            }
          >
            {MODES.map((mode) => (
              <option key={mode.value} value={mode.value}>
                {mode.label}
              </option>
            ))}
          </Select>
        </div>
      </section>

      <section className="ed-panel" aria-labelledby="cs-checks">
        <h2 id="cs-checks">Checks that hold a comment for moderation</h2>
        <div className="ed-form">
          <TextArea
            {...field("watchWords")}
            hint="One word or phrase a line, any letter case; a comment containing one as a whole word waits for a moderator. Lines starting with # are notes."
            rows={8}
            value={values.watchWords}
            spellCheck={false}
            onChange={(value) => set("watchWords", value)}
          />
          <div className="em-grid-2">
            <TextField
              {...field("maxLinks")}
              hint="A comment with more links than this is held."
              type="number"
              inputMode="numeric"
              min={0}
              max={20}
              value={values.maxLinks}
              onChange={(value) => set("maxLinks", value)}
            />
            <TextField
              {...field("newReaderHours")}
              label="New readers (hours)"
              hint="Comments with any link from accounts younger than this are held. 0 turns it off."
              type="number"
              inputMode="numeric"
              min={0}
              max={720}
              value={values.newReaderHours}
              onChange={(value) => set("newReaderHours", value)}
            />
          </div>
        </div>
      </section>
    </KitForm>
  );
}
