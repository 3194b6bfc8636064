"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { scheduleArticle } from "./schedule-article";
import { scheduleSchema } from "./schemas";

// A public endpoint like every server action: staffAction checks the session
// and parses the input; scheduleArticle checks the permission on the article.
export const scheduleArticleAction = staffAction(
  { permission: "article.schedule", schema: scheduleSchema },
  scheduleArticle,
);
