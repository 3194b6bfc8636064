"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { deleteMedia, updateMediaText } from "./commands";
import { deleteMediaSchema, updateMediaTextSchema } from "./schemas";

export const updateMediaTextAction = staffAction(updateMediaTextSchema, updateMediaText);
export const deleteMediaAction = staffAction(deleteMediaSchema, deleteMedia);
