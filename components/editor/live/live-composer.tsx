"use client";

import { FormAlert } from "@/components/editor/manage/form-kit";
import { useCallback, useId, useState, type KeyboardEvent } from "react";
import { useMediaPicker } from "@/components/editor/media/use-media-picker";
import { RichTextEditor } from "@/components/editor/rich-text/rich-text-editor";
import { useReferences } from "@/components/editor/article/use-references";
import { usePageServices } from "@/components/editor/rich-text/use-page-services";
import type { ActionResult } from "@/lib/auth/dto";
import { readZonedInputValue, toZonedInputValue, zoneLabel } from "@/lib/dates/zoned-time";
import type { ArticleDocument } from "@/lib/documents/dto";
import { emptyDocument } from "@/lib/documents/schema";
import type { StaffUpdateDto } from "@/lib/liveblog/dto";
import { createUpdateAction, editUpdateAction } from "@/lib/liveblog/actions";
import type { MediaItem } from "@/lib/media/dto";

type Intent = "publish" | "schedule" | "draft";

/**
 * The compact composer beside the stream. Posting takes two actions: write,
 * then Post (or Ctrl/⌘+Enter). "Save draft" and "Schedule" are there for
 * when the news can wait. Opening an update from the list loads it here to
 * edit from the version shown; a colleague's newer save is reported, never
 * overwritten.
 */
export function LiveComposer({
  liveBlogId,
  editing,
  media,
  canPost,
  canUpload,
  timeZone,
  onDone,
  onCancelEdit,
}: {
  liveBlogId: string;
  /** The newsroom's zone: a scheduled time is typed on its clocks, wherever the writer is. */
  timeZone: string;
  /** The update being edited, or null for a new one. */
  editing: StaffUpdateDto | null;
  media: MediaItem[];
  canPost: boolean;
  canUpload: boolean;
  onDone: (message: string) => void;
  onCancelEdit: () => void;
}) {
  const headingId = useId();
  const bodyLabel = useId();
  const [title, setTitle] = useState(editing?.title ?? "");
  const [body, setBody] = useState<ArticleDocument>(editing?.body ?? emptyDocument);
  const [resetKey, setResetKey] = useState(0);
  const scheduledBefore =
    editing?.status === "SCHEDULED" && editing.publishedAt
      ? toZonedInputValue(new Date(editing.publishedAt), timeZone)
      : "";
  const [scheduledAt, setScheduledAt] = useState(scheduledBefore);
  const [scheduling, setScheduling] = useState(Boolean(scheduledBefore));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refs = useReferences({ media, linkedArticles: [] });
  const picker = useMediaPicker({ canUpload });
  // Updates carry no related-story cards: the stream is the story.
  const searchArticles = useCallback(async () => [], []);
  const { services } = usePageServices({ pick: picker.pick, refs, searchArticles });

  async function send(intent: Intent | undefined) {
    if (pending) return;
    setError(null);
    if (intent === "schedule" && !scheduledAt) {
      setError("Choose when the update should go out.");
      return;
    }
    let when = "";
    if (intent === "schedule") {
      const read = readZonedInputValue(scheduledAt, timeZone);
      if (!read.ok) {
        setError(read.reason === "skipped" ? read.message : "Choose a valid date and time.");
        return;
      }
      when = read.instant.toISOString();
    }
    setPending(true);
    let result: ActionResult<{ id: string; version: number }, { version: number }>;
    try {
      result = editing
        ? await editUpdateAction({
            id: editing.id,
            version: editing.version,
            title,
            body,
            intent,
            scheduledAt: when,
          })
        : await createUpdateAction({
            liveBlogId,
            title,
            body,
            intent: intent ?? "publish",
            scheduledAt: when,
          });
    } catch {
      result = {
        ok: false,
        code: "invalid",
        error: "The update could not be sent. Check your connection and try again.",
      };
    }
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors ? Object.values(result.fieldErrors).join(" ") : result.error);
      return;
    }
    onDone(
      editing
        ? "Update saved."
        : intent === "draft"
          ? "Draft saved."
          : intent === "schedule"
            ? "Update scheduled."
            : "Update posted.",
    );
    if (!editing) {
      setTitle("");
      setBody(emptyDocument);
      setScheduledAt("");
      setScheduling(false);
      setResetKey((key) => key + 1);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && canPost) {
      event.preventDefault();
      void send(editing ? undefined : "publish");
    }
  }

  const posted = editing?.status === "PUBLISHED";
  return (
    <section className="ld-composer" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h2 id={headingId} className="ld-heading">
        {editing ? "Edit update" : "New update"}
      </h2>
      <label className="ld-label">
        <span>
          Title <span className="ld-optional">(optional)</span>
        </span>
        <input
          className="ld-input"
          name="title"
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <p id={bodyLabel} className="ld-label">
        Update
      </p>
      <div className="ld-body">
        <RichTextEditor
          value={body}
          resetKey={`${editing?.id ?? "new"}:${resetKey}`}
          onChange={setBody}
          labelledBy={bodyLabel}
          {...services}
        />
      </div>
      {scheduling ? (
        <label className="ld-label">
          Publish at · {zoneLabel(timeZone)}
          <input
            className="ld-input"
            type="datetime-local"
            value={scheduledAt}
            onChange={(event) => setScheduledAt(event.target.value)}
          />
        </label>
      ) : null}
      <FormAlert error={error} />
      <div className="ld-actions">
        {editing ? (
          <>
            <button
              type="button"
              className="ed-button ed-button-primary"
              disabled={pending}
              onClick={() => send(undefined)}
            >
              {pending ? "Saving…" : posted ? "Save" : "Save changes"}
            </button>
            {!posted && canPost && editing.mayPost ? (
              <button
                type="button"
                className="ed-button ed-button-accent"
                disabled={pending}
                onClick={() => send("publish")}
              >
                Post now
              </button>
            ) : null}
            <button
              type="button"
              className="ed-button ed-button-quiet"
              disabled={pending}
              onClick={onCancelEdit}
            >
              Cancel
            </button>
          </>
        ) : (
          <>
            {canPost ? (
              <button
                type="button"
                className="ed-button ed-button-accent ld-post"
                disabled={pending}
                onClick={() => send(scheduling ? "schedule" : "publish")}
              >
                {pending ? "Posting…" : scheduling ? "Schedule" : "Post"}
              </button>
            ) : null}
            <button
              type="button"
              className="ed-button"
              disabled={pending}
              onClick={() => send("draft")}
            >
              Save draft
            </button>
            {canPost ? (
              <button
                type="button"
                className="ed-button ed-button-quiet"
                onClick={() => setScheduling((on) => !on)}
              >
                {scheduling ? "Post now instead" : "Schedule…"}
              </button>
            ) : null}
          </>
        )}
      </div>
      {picker.dialog}
    </section>
  );
}
