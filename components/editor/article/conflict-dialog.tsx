"use client";

import { useState } from "react";
import type { ArticleConflict, ArticleFields } from "@/lib/articles/editing/dto";
import { STATUS_LABELS, type ArticleStatus } from "./article-labels";
import {
  describeGroup,
  differingGroups,
  sameValue,
  type FieldGroup,
  type FieldNames,
} from "./field-diff";
import { ModalDialog } from "./modal-dialog";
import { formatSavedTime } from "./save-state";
import { zoneName } from "@/lib/dates/zoned-time";

/**
 * Someone saved after this writer opened the article. Both versions side by
 * side, field by field; their text can be copied across one field at a time
 * before choosing which version to keep. Nothing is saved until a choice.
 */
export function ConflictDialog({
  conflict,
  open,
  mine,
  status,
  names,
  timeZone,
  onCopy,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  conflict: ArticleConflict | null;
  open: boolean;
  mine: ArticleFields;
  status: ArticleStatus;
  names: FieldNames;
  /** The newsroom's zone, in which the editor shows every time. */
  timeZone: string;
  onCopy: (group: FieldGroup) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      open={open && conflict !== null}
      title="Someone else changed this article"
      onClose={onClose}
      className="ae-conflict"
      closeLabel="Decide later"
    >
      {conflict ? (
        <ConflictBody
          key={`${conflict.version}-${conflict.updatedAt}`}
          conflict={conflict}
          mine={mine}
          status={status}
          names={names}
          timeZone={timeZone}
          onCopy={onCopy}
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
          onClose={onClose}
        />
      ) : null}
    </ModalDialog>
  );
}

function ConflictBody({
  conflict,
  mine,
  status,
  names,
  timeZone,
  onCopy,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  conflict: ArticleConflict;
  mine: ArticleFields;
  status: ArticleStatus;
  names: FieldNames;
  timeZone: string;
  onCopy: (group: FieldGroup) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}) {
  // The rows stay those that differed when the conflict arose, so a copied
  // field remains visible (as "Same now") instead of vanishing.
  const [groups] = useState(() => differingGroups(mine, conflict.fields));
  const who = conflict.updatedBy;
  const when = `${formatSavedTime(conflict.updatedAt, new Date(), timeZone)} (${zoneName(timeZone)})`;

  return (
    <div className="ae-conflict-body">
      <p className="ae-dialog-text">
        <strong>{who}</strong> saved a newer version at <strong>{when}</strong>, after you opened
        the article. Your changes are not saved yet, and nothing has been lost: compare the
        versions, copy anything of theirs you want to keep, then choose.
        {conflict.status !== status ? (
          <>
            {" "}
            They also changed its status to <strong>{STATUS_LABELS[conflict.status]}</strong>.
          </>
        ) : null}
      </p>
      {groups.length === 0 ? (
        <p className="ed-notice">Their version has the same content as yours.</p>
      ) : (
        <div className="ae-compare-scroll">
          <table className="ae-compare">
            <caption className="visually-hidden">
              Fields that differ between your version and {who}&apos;s
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your version</th>
                <th scope="col">{who}&apos;s version</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => {
                const same = group.fields.every((field) =>
                  sameValue(mine[field], conflict.fields[field]),
                );
                const long = group.key === "body" || group.key === "standfirst";
                return (
                  <tr key={group.key} data-same={same ? "" : undefined}>
                    <th scope="row">
                      {group.label}
                      {same ? <span className="ae-same">Same now</span> : null}
                    </th>
                    <td>
                      <CompareText
                        text={describeGroup(mine, group, names)}
                        long={long}
                        label={`Your ${group.label.toLowerCase()}`}
                      />
                    </td>
                    <td>
                      <CompareText
                        text={describeGroup(conflict.fields, group, names)}
                        long={long}
                        label={`${who}'s ${group.label.toLowerCase()}`}
                      />
                      <button
                        type="button"
                        className="ed-button ae-small"
                        disabled={same}
                        onClick={() => onCopy(group)}
                      >
                        {same ? "Copied" : "Copy their text"}
                        <span className="visually-hidden"> ({group.label})</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="ae-conflict-choices">
        <div>
          <button type="button" className="ed-button ed-button-primary" onClick={onKeepMine}>
            Keep my version
          </button>
          <p className="ed-hint">Saves your version, with anything you copied, over theirs.</p>
        </div>
        <div>
          <button type="button" className="ed-button" onClick={onTakeTheirs}>
            Take their version
          </button>
          <p className="ed-hint">
            Replaces your changes with theirs; an Undo button brings yours back.
          </p>
        </div>
        <div>
          <button type="button" className="ed-button ed-button-quiet" onClick={onClose}>
            Decide later
          </button>
          <p className="ed-hint">Keeps both; nothing is saved until you choose.</p>
        </div>
      </div>
    </div>
  );
}

/** Selectable text; long texts scroll in a region reachable by keyboard. */
function CompareText({ text, long, label }: { text: string; long: boolean; label: string }) {
  return long ? (
    <div className="ae-compare-text ae-compare-long" tabIndex={0} role="region" aria-label={label}>
      {text}
    </div>
  ) : (
    <div className="ae-compare-text">{text}</div>
  );
}
