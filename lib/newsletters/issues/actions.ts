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

export const createIssueAction = staffAction(createIssueSchema, createIssue);
export const updateIssueAction = staffAction(updateIssueSchema, updateIssue);
export const deleteIssueAction = staffAction(issueIdSchema, deleteIssue);
export const sendIssueTestAction = staffAction(issueIdSchema, sendIssueTest);
export const startIssueSendAction = staffAction(issueIdSchema, startIssueSend);
export const cancelIssueSendAction = staffAction(issueIdSchema, cancelIssueSend);
export const searchIssueArticlesAction = staffAction(articleSearchSchema, searchIssueArticles);
