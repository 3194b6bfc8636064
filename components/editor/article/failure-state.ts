import type { ArticleConflict } from "@/lib/articles/editing/dto";
import type { FieldErrors } from "./field-errors";
import type { SaveProblem } from "./save-state";

export interface ActionFailure {
  ok: false;
  code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "not-found";
  error: string;
  fieldErrors?: FieldErrors;
  conflict?: ArticleConflict;
}

/** What the editor shows after a failed save or workflow move. */
export interface FailureState {
  message: string;
  /** The save state to show; undefined leaves it as it was (a failed move is not a failed save). */
  problem?: SaveProblem;
  conflict?: ArticleConflict;
  fieldErrors?: FieldErrors;
  /** Show the error summary and move focus to it. */
  summary: boolean;
}

export function failureState(
  failure: ActionFailure,
  source: "save" | "transition",
  explicit: boolean,
): FailureState {
  const message = failure.error;
  switch (failure.code) {
    case "conflict":
      return { message, problem: "conflict", conflict: failure.conflict, summary: false };
    case "unauthenticated":
      return { message, problem: "signed-out", summary: false };
    case "not-found":
      return { message, problem: "missing", summary: false };
    case "forbidden":
      return source === "save"
        ? { message, problem: "forbidden", summary: false }
        : { message, summary: true };
    default:
      return {
        message,
        problem: source === "save" ? "invalid" : undefined,
        fieldErrors: failure.fieldErrors ?? {},
        summary: explicit,
      };
  }
}
