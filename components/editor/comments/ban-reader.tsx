"use client";

import { useId, useState } from "react";
import { useManageAction } from "@/components/editor/manage/use-manage-action";
import { banReaderAction, unbanReaderAction } from "@/lib/comments/actions";

/**
 * Ban (or lift the ban on) a reader, behind an explicit second step that
 * says what happens, with the choice to take their published comments down.
 */
export function BanReader({
  readerId,
  name,
  banned,
  compact = false,
}: {
  readerId: string;
  name: string;
  banned: boolean;
  compact?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [removeComments, setRemoveComments] = useState(false);
  const ban = useManageAction(banReaderAction);
  const unban = useManageAction(unbanReaderAction);
  const questionId = useId();
  const failure = ban.failure ?? unban.failure;

  if (banned) {
    return (
      <span className="edc-inline">
        <button
          type="button"
          className="ed-button"
          disabled={unban.pending}
          onClick={() => void unban.run({ readerId })}
        >
          {unban.pending ? "Working…" : compact ? "Lift ban" : `Lift the ban on ${name}`}
        </button>
        {failure ? <span className="ed-field-error">{failure.error}</span> : null}
      </span>
    );
  }
  if (!asking) {
    return (
      <button type="button" className="ed-button ed-button-danger" onClick={() => setAsking(true)}>
        {compact ? "Ban reader…" : `Ban ${name}…`}
      </button>
    );
  }
  return (
    <div className="em-confirm-box edc-ban" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        Ban <strong>{name}</strong>? They will not be able to post, edit or delete any comment.
        Their comments waiting for moderation are rejected.
      </p>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={removeComments}
          onChange={(event) => setRemoveComments(event.target.checked)}
        />
        Also take down their published comments
      </label>
      <div className="em-actions">
        <button
          type="button"
          className="ed-button ed-button-danger"
          disabled={ban.pending}
          onClick={async () => {
            const result = await ban.run({ readerId, removeComments });
            if (result.ok) setAsking(false);
          }}
        >
          {ban.pending ? "Banning…" : "Ban reader"}
        </button>
        <button
          type="button"
          className="ed-button ed-button-quiet"
          onClick={() => setAsking(false)}
        >
          Cancel
        </button>
      </div>
      {failure ? <p className="ed-field-error">{failure.error}</p> : null}
    </div>
  );
}
