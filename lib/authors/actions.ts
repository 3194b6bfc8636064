"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createAuthor, deleteAuthor, updateAuthor } from "./commands";
import { createAuthorSchema, deleteAuthorSchema, updateAuthorSchema } from "./schemas";

export const createAuthorAction = staffAction(
  { permission: "author.manage", schema: createAuthorSchema },
  createAuthor,
);
export const updateAuthorAction = staffAction(
  { permission: "author.manage", schema: updateAuthorSchema },
  updateAuthor,
);
export const deleteAuthorAction = staffAction(
  { permission: "author.manage", schema: deleteAuthorSchema },
  deleteAuthor,
);
