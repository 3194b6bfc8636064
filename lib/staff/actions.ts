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

export const createStaffAccountAction = staffAction(
  { permission: "staff.manage", schema: createStaffSchema },
  createStaffAccount,
);
export const updateStaffProfileAction = staffAction(
  { permission: "staff.manage", schema: updateStaffProfileSchema },
  updateStaffProfile,
);
export const changeStaffRoleAction = staffAction(
  { permission: "staff.manage", schema: changeStaffRoleSchema },
  changeStaffRole,
);
export const setStaffActiveAction = staffAction(
  { permission: "staff.manage", schema: setStaffActiveSchema },
  setStaffActive,
);
export const resetStaffPasswordAction = staffAction(
  { permission: "staff.manage", schema: resetStaffPasswordSchema },
  resetStaffPassword,
);
