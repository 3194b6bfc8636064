"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { getNarrationPanel, regenerateNarration, removeNarration } from "./editor";
import { narrationArticleSchema } from "./schemas";

// Public endpoints: staffAction checks the session and parses the input;
// each command checks the permission against the article itself.

export const getNarrationPanelAction = staffAction(
  { permission: "article.preview", schema: narrationArticleSchema },
  getNarrationPanel,
);
export const regenerateNarrationAction = staffAction(
  { permission: "narration.manage", schema: narrationArticleSchema },
  regenerateNarration,
);
export const removeNarrationAction = staffAction(
  { permission: "narration.manage", schema: narrationArticleSchema },
  removeNarration,
);
