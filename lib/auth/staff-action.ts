import "server-only";
import type { z } from "zod";
import { stripInvisibleDeep } from "@/lib/text/invisible";
import { can, holds, PERMISSION_LABELS, type ArticleContext, type Permission } from "./permissions";
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

/**
 * What an action's declaration grants a command: the permission checked
 * against the article the command is about (ownership, status), and the
 * refusal to answer when it does not hold.
 */
export interface Grant {
  permission: Permission;
  allows(article: ArticleContext): boolean;
  denied(): Failure;
}

/** A command: the real work of an action, given who is acting and valid input. */
export type Command<I, T, C = never> = (
  staff: Staff,
  input: I,
  grant: Grant,
) => Promise<ActionResult<T, C>>;

export interface ActionDeclaration<S extends z.ZodType> {
  /** The permission the action needs; a role without it is refused before anything runs. */
  permission: Permission;
  schema: S;
  /** May run while the account is still on a temporary password (changing it). */
  whileChangingPassword?: boolean;
}

/** A declared action, with its declaration readable (tests walk every one). */
export type DeclaredAction<I, T, C> = ((input: I) => Promise<ActionResult<T, C>>) & {
  declaration: { permission: Permission; whileChangingPassword: boolean };
};

export function grantFor(staff: Pick<Staff, "role">, permission: Permission): Grant {
  return {
    permission,
    allows: (article) => can(staff.role, permission, article),
    denied: () => denied(PERMISSION_LABELS[permission]),
  };
}

/**
 * Declares a server action (server actions are public endpoints and skip
 * layouts, so everything is checked here, in this order): a session; no
 * temporary password left to change; the declared permission held by the
 * role at all; the input, cleaned of invisible characters and parsed. The
 * command then checks the permission against the article it touches, if
 * any (`grant.allows`). Next checks the Origin of every server action call,
 * which is its CSRF protection (and the app server refuses foreign ones
 * with a 403 before Next sees them).
 */
export function staffAction<S extends z.ZodType, T, C = never>(
  declaration: ActionDeclaration<S>,
  command: Command<z.output<S>, T, C>,
): DeclaredAction<z.input<S>, T, C> {
  const { permission, schema, whileChangingPassword = false } = declaration;
  const action = async (input: z.input<S>): Promise<ActionResult<T, C>> => {
    const staff = await getCurrentStaff();
    if (!staff) {
      return {
        ok: false,
        code: "unauthenticated",
        error: "Your session has ended. Sign in again to continue.",
      };
    }
    if (staff.mustChangePassword && !whileChangingPassword) {
      return {
        ok: false,
        code: "forbidden",
        error: "Choose a new password first: your account is still on a temporary one.",
      };
    }
    if (!holds(staff.role, permission)) return denied(PERMISSION_LABELS[permission]);
    // Invisible and control characters never reach a title, a subject or a body.
    const parsed = schema.safeParse(stripInvisibleDeep(input));
    if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
    return command(staff, parsed.data, grantFor(staff, permission));
  };
  return Object.assign(action, { declaration: { permission, whileChangingPassword } });
}
