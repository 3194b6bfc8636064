import { formatNearDateTime } from "@/lib/dates/format";

/** Why the last save did not go through, until the next one does. */
export type SaveProblem =
  "offline" | "failed" | "invalid" | "signed-out" | "forbidden" | "conflict" | "missing";

export interface SaveStateInput {
  saving: boolean;
  dirty: boolean;
  problem: SaveProblem | null;
  savedAt: string | null;
  readOnly: boolean;
}

const PROBLEM_TEXT: Record<SaveProblem, string> = {
  offline: "Offline — kept on this device",
  failed: "Not saved — retrying; kept on this device",
  invalid: "Not saved — check the highlighted fields",
  "signed-out": "Session ended — kept on this device",
  forbidden: "Not saved — permission denied",
  conflict: "Not saved — someone else changed this article",
  missing: "Not saved — article deleted; kept on this device",
};

/**
 * The few words in the action bar that tell a writer whether their work is
 * safe. Times are on the newsroom's clocks, like every time in the editor.
 */
export function saveStateText(state: SaveStateInput, now: Date, timeZone: string): string {
  if (state.readOnly) return "Read only";
  if (state.saving) return "Saving…";
  if (state.problem) return PROBLEM_TEXT[state.problem];
  if (state.dirty) return "Unsaved changes";
  return state.savedAt ? `Saved ${formatSavedTime(state.savedAt, now, timeZone)}` : "Saved";
}

/** "9:04 AM" today, "March 3, 9:04 AM" on another day, with the year in another year. */
export function formatSavedTime(iso: string, now: Date, timeZone: string): string {
  return formatNearDateTime(new Date(iso), now, timeZone);
}
