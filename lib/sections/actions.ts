"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { createSection, deleteSection, reorderSections, updateSection } from "./commands";
import {
  createSectionSchema,
  deleteSectionSchema,
  reorderSectionsSchema,
  updateSectionSchema,
} from "./schemas";

export const createSectionAction = staffAction(createSectionSchema, createSection);
export const updateSectionAction = staffAction(updateSectionSchema, updateSection);
export const deleteSectionAction = staffAction(deleteSectionSchema, deleteSection);
export const reorderSectionsAction = staffAction(reorderSectionsSchema, reorderSections);
