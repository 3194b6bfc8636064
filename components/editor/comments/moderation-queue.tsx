"use client";

import { useState } from "react";
import { StatusMessage } from "@/components/editor/manage/kit-form";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { moderateCommentsAction } from "@/lib/comments/actions";
import type { QueueItemDto } from "@/lib/comments/dto";
import { QueueItem } from "./queue-item";

type Decision = "APPROVED" | "REJECTED" | "SPAM";

const DONE: Record<Decision, string> = {
  APPROVED: "approved",
  REJECTED: "rejected",
  SPAM: "marked as spam",
};

/**
 * The queue's comments with per-comment decisions and, for a selection,
 * the same decisions in bulk. After each decision the page re-renders from
 * the server, so what is shown is always what is stored.
 */
export function ModerationQueue({ items, timeZone }: { items: QueueItemDto[]; timeZone: string }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { pending, failure, message, run } = useManageAction(moderateCommentsAction);
  const shownIds = items.map((item) => item.id);
  const chosen = shownIds.filter((id) => selected.has(id));
  const allChosen = chosen.length === items.length && items.length > 0;

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function decide(ids: string[], decision: Decision) {
    const result = await run({ ids, decision }, (data) =>
      data.changed === 0
        ? "Nothing changed: already decided."
        : `${data.changed === 1 ? "1 comment" : `${data.changed} comments`} ${DONE[decision]}.`,
    );
    if (result.ok) setSelected(new Set());
  }

  return (
    <div className="edc-queue">
      <StatusMessage message={message} />
      {failure ? (
        <p className="ed-error-summary" role="alert">
          {failure.error}
        </p>
      ) : null}
      <div className="edc-bulk" role="group" aria-label="Selected comments">
        <label className="ed-check">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(event) => setSelected(event.target.checked ? new Set(shownIds) : new Set())}
          />
          Select all on this page
        </label>
        <span className="ed-muted" aria-live="polite">
          {chosen.length ? `${chosen.length} selected` : "None selected"}
        </span>
        <div className="em-actions">
          <button
            type="button"
            className="ed-button"
            disabled={!chosen.length || pending}
            onClick={() => void decide(chosen, "APPROVED")}
          >
            Approve selected
          </button>
          <button
            type="button"
            className="ed-button"
            disabled={!chosen.length || pending}
            onClick={() => void decide(chosen, "REJECTED")}
          >
            Reject selected
          </button>
          <button
            type="button"
            className="ed-button"
            disabled={!chosen.length || pending}
            onClick={() => void decide(chosen, "SPAM")}
          >
            Spam selected
          </button>
        </div>
      </div>
      <ol className="edc-items">
        {items.map((item) => (
          <QueueItem
            key={item.id}
            item={item}
            timeZone={timeZone}
            selected={selected.has(item.id)}
            onSelect={(on) => toggle(item.id, on)}
            onDecide={(decision) => void decide([item.id], decision)}
            pending={pending}
          />
        ))}
      </ol>
    </div>
  );
}
