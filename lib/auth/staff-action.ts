import "server-only";
import type { z } from "zod";
import { getCurrentStaff, type Staff } from "./session";

/** What every staff action answers: data, or a reason the UI can show. */
export type ActionResult<T = null, C = never> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "not-found";
      error: string;
      /** Field name (dotted path) → message, shown next to the field. */
      fieldErrors?: Record<string, string>;
      /** With code "conflict": what the newer version holds. */
      conflict?: C;
    };

export type Failure = {
  ok: false;
  code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "not-found";
  error: string;
  fieldErrors?: Record<string, string>;
};

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

export function denied(what: string): Failure {
  return { ok: false, code: "forbidden", error: `You do not have permission to ${what}.` };
}

export function invalid(
  fieldErrors: Record<string, string>,
  error = "Check the highlighted fields.",
): Failure {
  return { ok: false, code: "invalid", error, fieldErrors };
}

export function notFound(what = "That item"): Failure {
  return { ok: false, code: "not-found", error: `${what} no longer exists.` };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A command: the real work of an action, given who is acting and valid input. */
export type Command<I, T, C = never> = (staff: Staff, input: I) => Promise<ActionResult<T, C>>;

/**
 * Wraps a command as a server action: the session is checked and the input
 * parsed inside the action itself (server actions are public endpoints and
 * skip layouts), then the command decides permission against the data it
 * touches. Next checks the Origin of every server action call, which is its
 * CSRF protection.
 */
export function staffAction<S extends z.ZodType, T, C = never>(
  schema: S,
  command: Command<z.output<S>, T, C>,
  options: { whileChangingPassword?: boolean } = {},
) {
  return async (input: z.input<S>): Promise<ActionResult<T, C>> => {
    const staff = await getCurrentStaff();
    if (!staff) {
      return {
        ok: false,
        code: "unauthenticated",
        error: "Your session has ended. Sign in again to continue.",
      };
    }
    if (staff.mustChangePassword && !options.whileChangingPassword) {
      return {
        ok: false,
        code: "forbidden",
        error: "Choose a new password first: your account is still on a temporary one.",
      };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return command(staff, parsed.data);
  };
}
