"use server";

import { staffAction } from "@/lib/auth/staff-action";
import {
  articleCommentsModeSchema,
  getArticleCommentsPanel,
  setArticleCommentsMode,
} from "./article-mode";
import {
  banReader,
  banSchema,
  moderateComments,
  moderateSchema,
  unbanReader,
  unbanSchema,
} from "./moderation";
import { commentSettingsSchema, updateCommentSettings } from "./settings";
import { z } from "zod";

// Staff actions of the moderation desk, each declaring its permission.
export const moderateCommentsAction = staffAction(
  { permission: "comment.moderate", schema: moderateSchema },
  moderateComments,
);
export const banReaderAction = staffAction(
  { permission: "comment.moderate", schema: banSchema },
  banReader,
);
export const unbanReaderAction = staffAction(
  { permission: "comment.moderate", schema: unbanSchema },
  unbanReader,
);
export const updateCommentSettingsAction = staffAction(
  { permission: "comment.moderate", schema: commentSettingsSchema },
  updateCommentSettings,
);
export const setArticleCommentsModeAction = staffAction(
  { permission: "comment.moderate", schema: articleCommentsModeSchema },
  setArticleCommentsMode,
);
export const loadArticleCommentsPanelAction = staffAction(
  {
    permission: "comment.moderate",
    schema: z.object({ articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  },
  getArticleCommentsPanel,
);
