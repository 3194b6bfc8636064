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

/** The few words in the action bar that tell a writer whether their work is safe. */
export function saveStateText(state: SaveStateInput, now: Date, timeZone?: string): string {
  if (state.readOnly) return "Read only";
  if (state.saving) return "Saving…";
  if (state.problem) return PROBLEM_TEXT[state.problem];
  if (state.dirty) return "Unsaved changes";
  return state.savedAt ? `Saved ${formatSavedTime(state.savedAt, now, timeZone)}` : "Saved";
}

/** "12:04" today, "3 Mar, 12:04" on another day, "3 Mar 2025, 12:04" in another year. */
export function formatSavedTime(iso: string, now: Date, timeZone?: string): string {
  const date = new Date(iso);
  const parts = (value: Date) =>
    Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      })
        .formatToParts(value)
        .map((part) => [part.type, part.value]),
    ) as Record<string, string>;
  const at = parts(date);
  const today = parts(now);
  const time = `${at.hour}:${at.minute}`;
  if (at.year !== today.year) return `${at.day} ${at.month} ${at.year}, ${time}`;
  if (at.month !== today.month || at.day !== today.day) return `${at.day} ${at.month}, ${time}`;
  return time;
}
