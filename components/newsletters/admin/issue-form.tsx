"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  KitForm,
  Select,
  SubmitRow,
  TextArea,
  TextField,
  fieldProps,
} from "@/components/editor/manage/form-kit";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import {
  intoValues,
  useTypedBeforeHydration,
} from "@/components/editor/use-typed-before-hydration";
import type { IssueArticleChoice } from "@/lib/newsletters/issues/article-search";
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
  const field = fieldProps(FORM, errorFor);

  // What was typed before the script loaded is kept (use-typed-before-hydration.ts).
  const formRef = useRef<HTMLFormElement>(null);
  const typed = { newsletterId, subject, intro };
  const setters = { newsletterId: setNewsletterId, subject: setSubject, intro: setIntro };
  const hydrated = useTypedBeforeHydration(
    formRef,
    intoValues(typed, (key, value) => setters[key](value)),
  );

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
      form={FORM}
      formRef={formRef}
      action={{ pending, failure, message }}
      labelFor={(name) => LABELS[name]}
      onSubmit={onSubmit}
    >
      {newsletters ? (
        <Select
          {...field("newsletterId")}
          label="Newsletter"
          value={newsletterId}
          onChange={setNewsletterId}
          required
        >
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
        label="Subject line"
        hint="What readers see in their inbox; also the email's headline."
        value={subject}
        onChange={setSubject}
        maxLength={ISSUE_LIMITS.subject + 20}
        required
        autoComplete="off"
      />
      <TextArea
        {...field("intro")}
        label="Introduction"
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
      <SubmitRow pending={pending} ready={hydrated} label={id ? "Save draft" : "Create draft"} />
    </KitForm>
  );
}
