import { z } from "zod";
import { idField } from "@/lib/manage/form-schemas";

export const ISSUE_LIMITS = { subject: 150, intro: 6000, articles: 12 } as const;

const issueFields = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1, "Enter a subject line.")
      .max(ISSUE_LIMITS.subject, `Use at most ${ISSUE_LIMITS.subject} characters.`)
      // A subject is a header: a line break could add headers of its own.
      .refine((value) => !/[\r\n]/.test(value), "Keep the subject on one line."),
    intro: z
      .string()
      .max(ISSUE_LIMITS.intro, `Use at most ${ISSUE_LIMITS.intro} characters.`)
      .transform((value) => value.replace(/\r\n?/g, "\n").trim()),
    articleIds: z
      .array(idField)
      .max(ISSUE_LIMITS.articles, `Choose at most ${ISSUE_LIMITS.articles} articles.`)
      .refine((ids) => new Set(ids).size === ids.length, "Each article may appear once."),
  })
  .superRefine((value, ctx) => {
    if (!value.intro && value.articleIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["articleIds"],
        message: "Choose at least one article or write an introduction.",
      });
    }
  });

export const createIssueSchema = issueFields.and(z.object({ newsletterId: idField }));
export const updateIssueSchema = issueFields.and(z.object({ id: idField }));
export const issueIdSchema = z.object({ id: idField });
export const articleSearchSchema = z.object({ query: z.string().max(200) });

export type CreateIssueInput = z.output<typeof createIssueSchema>;
export type UpdateIssueInput = z.output<typeof updateIssueSchema>;
