"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { setKeyPoints, setLiveState } from "./blog-commands";
import { createUpdate, deleteUpdate, editUpdate, pinUpdate } from "./commands";
import {
  createUpdateSchema,
  deleteUpdateSchema,
  editUpdateSchema,
  keyPointsSchema,
  liveStateSchema,
  pinUpdateSchema,
} from "./schemas";

// Public endpoints: staffAction checks the session, the permission held at
// all and the input; each command checks it against the update or live blog.

export const createUpdateAction = staffAction(
  { permission: "live.write", schema: createUpdateSchema },
  createUpdate,
);
export const editUpdateAction = staffAction(
  { permission: "live.write", schema: editUpdateSchema },
  editUpdate,
);
export const pinUpdateAction = staffAction(
  { permission: "live.pin", schema: pinUpdateSchema },
  pinUpdate,
);
export const deleteUpdateAction = staffAction(
  { permission: "live.deleteUpdate", schema: deleteUpdateSchema },
  deleteUpdate,
);
export const setKeyPointsAction = staffAction(
  { permission: "live.manage", schema: keyPointsSchema },
  setKeyPoints,
);
export const setLiveStateAction = staffAction(
  { permission: "live.manage", schema: liveStateSchema },
  setLiveState,
);
