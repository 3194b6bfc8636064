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

// Staff actions of the moderation desk: session and input checked by
// staffAction, the permission by each command.
export const moderateCommentsAction = staffAction(moderateSchema, moderateComments);
export const banReaderAction = staffAction(banSchema, banReader);
export const unbanReaderAction = staffAction(unbanSchema, unbanReader);
export const updateCommentSettingsAction = staffAction(
  commentSettingsSchema,
  updateCommentSettings,
);
export const setArticleCommentsModeAction = staffAction(
  articleCommentsModeSchema,
  setArticleCommentsMode,
);
export const loadArticleCommentsPanelAction = staffAction(
  z.object({ articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  getArticleCommentsPanel,
);
