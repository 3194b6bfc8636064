"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createSection, deleteSection, reorderSections, updateSection } from "./commands";
import {
  createSectionSchema,
  deleteSectionSchema,
  reorderSectionsSchema,
  updateSectionSchema,
} from "./schemas";

export const createSectionAction = staffAction(
  { permission: "section.manage", schema: createSectionSchema },
  createSection,
);
export const updateSectionAction = staffAction(
  { permission: "section.manage", schema: updateSectionSchema },
  updateSection,
);
export const deleteSectionAction = staffAction(
  { permission: "section.manage", schema: deleteSectionSchema },
  deleteSection,
);
export const reorderSectionsAction = staffAction(
  { permission: "section.manage", schema: reorderSectionsSchema },
  reorderSections,
);
