"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createTag, deleteTag, updateTag } from "./commands";
import { createTagSchema, deleteTagSchema, updateTagSchema } from "./schemas";

export const createTagAction = staffAction(
  { permission: "tag.manage", schema: createTagSchema },
  createTag,
);
export const updateTagAction = staffAction(
  { permission: "tag.manage", schema: updateTagSchema },
  updateTag,
);
export const deleteTagAction = staffAction(
  { permission: "tag.manage", schema: deleteTagSchema },
  deleteTag,
);
