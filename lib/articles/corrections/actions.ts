"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { addCorrection, editCorrection, removeCorrection } from "./commands";
import { addCorrectionSchema, editCorrectionSchema, removeCorrectionSchema } from "./schemas";

// Public endpoints: staffAction checks the session and parses the input;
// each command checks the permission against the article the note is on.

export const addCorrectionAction = staffAction(
  { permission: "article.correct", schema: addCorrectionSchema },
  addCorrection,
);
export const editCorrectionAction = staffAction(
  { permission: "article.correct", schema: editCorrectionSchema },
  editCorrection,
);
export const removeCorrectionAction = staffAction(
  { permission: "article.removeCorrection", schema: removeCorrectionSchema },
  removeCorrection,
);
