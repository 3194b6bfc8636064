"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { cancelIssueSend, createIssue, deleteIssue, startIssueSend, updateIssue } from "./commands";
import { searchIssueArticles } from "./article-search";
import {
  articleSearchSchema,
  createIssueSchema,
  issueIdSchema,
  updateIssueSchema,
} from "./schemas";
import { sendIssueTest } from "./test-send";

export const createIssueAction = staffAction(
  { permission: "newsletter.send", schema: createIssueSchema },
  createIssue,
);
export const updateIssueAction = staffAction(
  { permission: "newsletter.send", schema: updateIssueSchema },
  updateIssue,
);
export const deleteIssueAction = staffAction(
  { permission: "newsletter.send", schema: issueIdSchema },
  deleteIssue,
);
export const sendIssueTestAction = staffAction(
  { permission: "newsletter.send", schema: issueIdSchema },
  sendIssueTest,
);
export const startIssueSendAction = staffAction(
  { permission: "newsletter.send", schema: issueIdSchema },
  startIssueSend,
);
export const cancelIssueSendAction = staffAction(
  { permission: "newsletter.send", schema: issueIdSchema },
  cancelIssueSend,
);
export const searchIssueArticlesAction = staffAction(
  { permission: "newsletter.send", schema: articleSearchSchema },
  searchIssueArticles,
);
