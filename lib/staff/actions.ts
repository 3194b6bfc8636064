"use server";

import { staffAction } from "@/lib/auth/staff-action";
import {
  changeStaffRole,
  createStaffAccount,
  resetStaffPassword,
  setStaffActive,
  updateStaffProfile,
} from "./commands";
import {
  changeStaffRoleSchema,
  createStaffSchema,
  resetStaffPasswordSchema,
  setStaffActiveSchema,
  updateStaffProfileSchema,
} from "./schemas";

export const createStaffAccountAction = staffAction(createStaffSchema, createStaffAccount);
export const updateStaffProfileAction = staffAction(updateStaffProfileSchema, updateStaffProfile);
export const changeStaffRoleAction = staffAction(changeStaffRoleSchema, changeStaffRole);
export const setStaffActiveAction = staffAction(setStaffActiveSchema, setStaffActive);
export const resetStaffPasswordAction = staffAction(resetStaffPasswordSchema, resetStaffPassword);
