"use server";

import { changeOwnPassword, changePasswordSchema } from "./change-password";
import { staffAction } from "./staff-action";

// The one action open to an account still on a temporary password.
export const changeOwnPasswordAction = staffAction(
  { permission: "editor.enter", schema: changePasswordSchema, whileChangingPassword: true },
  changeOwnPassword,
);
