"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createTag, deleteTag, updateTag } from "./commands";
import { createTagSchema, deleteTagSchema, updateTagSchema } from "./schemas";

export const createTagAction = staffAction(createTagSchema, createTag);
export const updateTagAction = staffAction(updateTagSchema, updateTag);
export const deleteTagAction = staffAction(deleteTagSchema, deleteTag);
