"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createAuthor, deleteAuthor, updateAuthor } from "./commands";
import { createAuthorSchema, deleteAuthorSchema, updateAuthorSchema } from "./schemas";

export const createAuthorAction = staffAction(createAuthorSchema, createAuthor);
export const updateAuthorAction = staffAction(updateAuthorSchema, updateAuthor);
export const deleteAuthorAction = staffAction(deleteAuthorSchema, deleteAuthor);
