import "server-only";
import { z } from "zod";
import type { Staff } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { commentPolicyOf, parseWatchWords, type ModerationSettings } from "./rules";
import type { CommentSettingsDto } from "./dto";

export const COMMENT_SETTINGS_LIMITS = { watchWords: 10_000, maxLinks: 20, newReaderHours: 720 };

export const commentSettingsSchema = z.object({
  policy: z.enum(["PRE", "POST"], "Choose when comments are published."),
  commentsDefault: z.enum(["OPEN", "CLOSED", "OFF"], "Choose the default for articles."),
  watchWords: z
    .string()
    .max(
      COMMENT_SETTINGS_LIMITS.watchWords,
      `Keep the list under ${COMMENT_SETTINGS_LIMITS.watchWords.toLocaleString("en")} characters.`,
    ),
  maxLinks: z.coerce
    .number("Enter a number.")
    .int("Enter a whole number.")
    .min(0, "Enter 0 or more.")
    .max(COMMENT_SETTINGS_LIMITS.maxLinks, `Enter at most ${COMMENT_SETTINGS_LIMITS.maxLinks}.`),
  newReaderHours: z.coerce
    .number("Enter a number.")
    .int("Enter a whole number of hours.")
    .min(0, "Enter 0 or more.")
    .max(
      COMMENT_SETTINGS_LIMITS.newReaderHours,
      `Enter at most ${COMMENT_SETTINGS_LIMITS.newReaderHours} (30 days).`,
    ),
});

export type CommentSettingsInput = z.output<typeof commentSettingsSchema>;

const DEFAULTS: CommentSettingsDto = {
  policy: "PRE",
  commentsDefault: "OPEN",
  watchWords: "",
  maxLinks: 2,
  newReaderHours: 24,
};

const settingsSelect = {
  name: true,
  commentPolicy: true,
  commentsDefault: true,
  commentWatchWords: true,
  commentMaxLinks: true,
  commentNewReaderHours: true,
} as const;

/** The comment settings as stored (read fresh: every post is judged by the current ones). */
export async function readCommentSettings(client: Tx = db): Promise<CommentSettingsDto> {
  const row = await client.siteSettings.findUnique({ where: { id: 1 }, select: settingsSelect });
  if (!row) return DEFAULTS;
  return {
    policy: commentPolicyOf(row.commentPolicy),
    commentsDefault: row.commentsDefault === "SITE_DEFAULT" ? "OPEN" : row.commentsDefault,
    watchWords: row.commentWatchWords,
    maxLinks: row.commentMaxLinks,
    newReaderHours: row.commentNewReaderHours,
  };
}

export function moderationSettingsOf(settings: CommentSettingsDto): ModerationSettings {
  return {
    policy: settings.policy,
    watchWords: parseWatchWords(settings.watchWords),
    maxLinks: settings.maxLinks,
    newReaderHours: settings.newReaderHours,
  };
}

/**
 * Saves the moderation policy, the articles' default and the heuristics.
 * Editors run the moderation desk, so `comment.moderate` decides, not
 * `settings.manage`. An audit row records what changed.
 */
export async function updateCommentSettings(
  staff: Staff,
  input: CommentSettingsInput,
): Promise<ActionResult<{ savedAt: string }>> {
  const watchWords = parseWatchWords(input.watchWords).join("\n");
  const data = {
    commentPolicy: input.policy,
    commentsDefault: input.commentsDefault,
    commentWatchWords: watchWords,
    commentMaxLinks: input.maxLinks,
    commentNewReaderHours: input.newReaderHours,
  };
  const savedAt = await db.$transaction(async (tx) => {
    const before = await tx.siteSettings.findUnique({ where: { id: 1 }, select: settingsSelect });
    const row = await tx.siteSettings.upsert({
      where: { id: 1 },
      // The site's name is required; a newsroom without settings gets a placeholder.
      create: { id: 1, name: "Newsroom", ...data },
      update: data,
      select: { updatedAt: true },
    });
    const { name: _name, ...previous } = before ?? { name: "", ...DEFAULTS_ROW };
    await recordAudit(tx, {
      actorId: staff.id,
      action: "comments.settings",
      entityType: "settings",
      entityId: "1",
      data: changedFields(previous, data),
    });
    // The default decides whether every article shows comments.
    await invalidate(tx, [tags.settings]);
    return row.updatedAt;
  });
  return ok({ savedAt: savedAt.toISOString() });
}

const DEFAULTS_ROW = {
  commentPolicy: DEFAULTS.policy,
  commentsDefault: DEFAULTS.commentsDefault,
  commentWatchWords: DEFAULTS.watchWords,
  commentMaxLinks: DEFAULTS.maxLinks,
  commentNewReaderHours: DEFAULTS.newReaderHours,
} as const;
