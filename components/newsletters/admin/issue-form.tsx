"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Select, TextArea, TextField, fieldProps } from "@/components/editor/manage/form-kit";
import { KitForm } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { intoValues } from "@/components/editor/use-typed-before-hydration";
import type { IssueArticleChoice } from "@/lib/newsletters/issues/dto";
import { createIssueAction, updateIssueAction } from "@/lib/newsletters/issues/actions";
import { ISSUE_LIMITS } from "@/lib/newsletters/issues/schemas";
import { ArticlePicker } from "./article-picker";

const FORM = "issue";
const LABELS: Record<string, string> = {
  newsletterId: "Newsletter",
  subject: "Subject line",
  intro: "Introduction",
  articleIds: "Articles",
};

export interface IssueFormInitial {
  subject: string;
  intro: string;
  articles: IssueArticleChoice[];
}

/**
 * Writes an issue: its subject, an optional introduction and the stories it
 * carries, in order. A new issue also names its newsletter; saving it opens
 * the issue's page with its preview.
 */
export function IssueForm({
  id,
  initial,
  newsletters,
  newsletterId: initialNewsletter = "",
  timeZone,
}: {
  id?: string;
  initial: IssueFormInitial;
  newsletters?: { id: string; name: string }[];
  newsletterId?: string;
  timeZone: string;
}) {
  const router = useRouter();
  const [newsletterId, setNewsletterId] = useState(initialNewsletter);
  const [subject, setSubject] = useState(initial.subject);
  const [intro, setIntro] = useState(initial.intro);
  const [articles, setArticles] = useState(initial.articles);
  const create = useManageAction(createIssueAction, { refresh: false });
  const update = useManageAction(updateIssueAction);
  const { pending, failure, message, errorFor } = id ? update : create;
  const field = fieldProps(FORM, LABELS, errorFor);
  const typed = { newsletterId, subject, intro };
  const setters = { newsletterId: setNewsletterId, subject: setSubject, intro: setIntro };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = { subject, intro, articleIds: articles.map((article) => article.id) };
    if (!id) {
      const result = await create.run({ ...fields, newsletterId });
      if (result.ok) router.push(`/editor/newsletters/issues/${result.data.id}`);
      return;
    }
    await update.run({ ...fields, id }, () => "Draft saved. The preview below shows it.");
  }

  return (
    <KitForm
      fields={field}
      action={{ pending, failure, message }}
      keepTyped={intoValues(typed, (key, value) => setters[key](value))}
      submit={id ? "Save draft" : "Create draft"}
      onSubmit={onSubmit}
    >
      {newsletters ? (
        <Select {...field("newsletterId")} value={newsletterId} onChange={setNewsletterId} required>
          <option value="">Choose a newsletter…</option>
          {newsletters.map((newsletter) => (
            <option key={newsletter.id} value={newsletter.id}>
              {newsletter.name}
            </option>
          ))}
        </Select>
      ) : null}
      <TextField
        {...field("subject")}
        hint="What readers see in their inbox; also the email's headline."
        value={subject}
        onChange={setSubject}
        maxLength={ISSUE_LIMITS.subject + 20}
        required
        autoComplete="off"
      />
      <TextArea
        {...field("intro")}
        hint="Optional. Plain text; leave a blank line between paragraphs."
        rows={6}
        value={intro}
        onChange={setIntro}
        maxLength={ISSUE_LIMITS.intro}
      />
      <ArticlePicker
        form={FORM}
        chosen={articles}
        onChange={setArticles}
        error={errorFor("articleIds")}
        max={ISSUE_LIMITS.articles}
        timeZone={timeZone}
      />
    </KitForm>
  );
}
