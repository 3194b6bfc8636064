import { z } from "zod";
import { documentSchema } from "@/lib/documents/schema";

const id = z.string().trim().min(1).max(64);

export const UPDATE_TITLE_MAX = 200;
export const KEY_POINT_MAX = 240;
export const KEY_POINTS_MAX = 8;

const title = z
  .string()
  .transform((text) => text.replace(/\s+/g, " ").trim())
  .pipe(z.string().max(UPDATE_TITLE_MAX, `Use at most ${UPDATE_TITLE_MAX} characters.`));

const body = documentSchema.refine(
  (document) => document.content.length > 0,
  "Write the update before posting it.",
);

/**
 * "Post" publishes now, "Schedule" at `scheduledAt` (an ISO time from the
 * browser), "Save draft" keeps it for later.
 */
export const intentSchema = z.enum(["publish", "schedule", "draft"]);

const scheduledAt = z
  .string()
  .trim()
  .refine((value) => value === "" || !Number.isNaN(Date.parse(value)), "Enter a date and time.")
  .default("");

export const createUpdateSchema = z.object({
  liveBlogId: id,
  title,
  body,
  intent: intentSchema,
  scheduledAt,
});

export const editUpdateSchema = z.object({
  id,
  /** The version the writer started from: another writer's newer save is a conflict. */
  version: z.number().int().positive(),
  title,
  body,
  /** Absent: the status stays as it is. */
  intent: intentSchema.optional(),
  scheduledAt,
});

export const pinUpdateSchema = z.object({ id, pinned: z.boolean() });

export const deleteUpdateSchema = z.object({ id });

export const keyPointsSchema = z.object({
  articleId: id,
  keyPoints: z
    .array(
      z
        .string()
        .transform((text) => text.replace(/\s+/g, " ").trim())
        .pipe(z.string().max(KEY_POINT_MAX, `Keep each point under ${KEY_POINT_MAX} characters.`)),
    )
    .transform((points) => points.filter(Boolean))
    .pipe(z.array(z.string()).max(KEY_POINTS_MAX, `Keep at most ${KEY_POINTS_MAX} points.`)),
});

export const liveStateSchema = z.object({ articleId: id, state: z.enum(["LIVE", "ENDED"]) });

export type CreateUpdateInput = z.output<typeof createUpdateSchema>;
export type EditUpdateInput = z.output<typeof editUpdateSchema>;
