"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { deleteMedia, updateMediaText } from "./commands";
import { deleteMediaSchema, updateMediaTextSchema } from "./schemas";

export const updateMediaTextAction = staffAction(
  { permission: "media.edit", schema: updateMediaTextSchema },
  updateMediaText,
);
export const deleteMediaAction = staffAction(
  { permission: "media.delete", schema: deleteMediaSchema },
  deleteMedia,
);
