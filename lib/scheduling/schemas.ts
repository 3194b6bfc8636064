import { z } from "zod";
import { OVERRIDE_REASON_MIN } from "@/lib/articles/editing/checklist";

const id = z.string().trim().min(1).max(64);

/** An admin's reason for publishing past the checklist, kept in the audit log. */
export const overrideReasonSchema = z
  .string()
  .trim()
  .min(
    OVERRIDE_REASON_MIN,
    `Say why in at least ${OVERRIDE_REASON_MIN} characters; the reason is kept in the audit log.`,
  )
  .max(500, "Use at most 500 characters.");

const instant = (message: string) =>
  z.iso.datetime({ offset: true, message }).transform((value) => new Date(value));

export const publishSchema = z.object({
  id,
  version: z.number().int().min(1),
  overrideReason: overrideReasonSchema.optional(),
});

/**
 * Times arrive as instants (ISO 8601): the editor turns the newsroom-zone
 * date and time the person typed into one (lib/dates/zoned-time.ts).
 */
export const scheduleSchema = z.object({
  id,
  version: z.number().int().min(1),
  publishAt: instant("Choose a date and time to publish."),
  unpublishAt: instant("Choose a date and time to unpublish, or leave both empty.")
    .nullable()
    .optional(),
  overrideReason: overrideReasonSchema.optional(),
});

export type ScheduleInput = z.output<typeof scheduleSchema>;
