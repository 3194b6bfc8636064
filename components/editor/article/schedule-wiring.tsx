"use client";

import { useCallback, useMemo } from "react";
import { articleChecklist, failingItems } from "@/lib/articles/editing/checklist";
import type { ArticleEditorData } from "@/lib/articles/editing/dto";
import type { MediaItem } from "@/lib/media/dto";
import { ChecklistPanel } from "./checklist-panel";
import { blockedReason, ScheduleControls } from "./schedule-controls";
import type { ScheduleRequest } from "./schedule-form";
import { ScheduleStatus } from "./schedule-status";
import type { ArticleDraft } from "./use-article-draft";

/**
 * The pre-publish checklist and scheduling, wired to the editor: the
 * checklist is worked out from the writer's current fields (and the library
 * texts of their images) on every edit, exactly as the server will.
 */
export function useScheduling(
  data: ArticleEditorData,
  draft: ArticleDraft,
  media: Map<string, MediaItem>,
) {
  const { fields, status, transition } = draft;
  const checklist = useMemo(() => articleChecklist(fields, (id) => media.get(id)), [fields, media]);
  const failing = useMemo(() => failingItems(checklist), [checklist]);
  const { allowed, timeZone } = data;

  // The bar shows the time, once; the notice only confirms the move. The new
  // times come back with the move's answer (ArticleEditor's afterMove).
  const onSchedule = useCallback(
    (request: ScheduleRequest) => transition("schedule", "Scheduled.", request),
    [transition],
  );
  const onPublishAnyway = useCallback(
    (overrideReason: string) => transition("publish", "Published.", { overrideReason }),
    [transition],
  );

  const dates = {
    publishedAt: data.publishedAt,
    scheduledAt: data.scheduledAt,
    unpublishAt: data.unpublishAt,
  };
  const mayPublish = allowed["article.publish"] || allowed["article.schedule"];

  return {
    /** Why Publish waits, for workflowButtons. */
    blockedBy: status === "PUBLISHED" ? null : blockedReason(failing),
    statusNote:
      status === "SCHEDULED" || (status === "PUBLISHED" && dates.unpublishAt) ? (
        <ScheduleStatus status={status} dates={dates} timeZone={timeZone} />
      ) : null,
    scheduling: (
      <ScheduleControls
        status={status}
        may={{
          schedule: allowed["article.schedule"],
          publish: allowed["article.publish"],
          unpublish: allowed["article.unpublish"],
          override: allowed["article.overrideChecklist"],
        }}
        timeZone={timeZone}
        dates={dates}
        failing={failing}
        busy={draft.busy}
        // Like the bar's own buttons: paused while the editor is locked.
        disabled={draft.locked}
        errors={draft.fieldErrors}
        onSchedule={onSchedule}
        onPublishAnyway={onPublishAnyway}
      />
    ),
    // A published article has passed (or been waived past) the checklist.
    checklistPanel:
      status !== "PUBLISHED" && (allowed["article.edit"] || mayPublish) ? (
        <ChecklistPanel items={checklist} />
      ) : null,
  };
}
