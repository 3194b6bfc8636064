import "server-only";
import { BodyTooLargeError, bodyErrorResponse, MalformedBodyError } from "@/lib/http/body";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { holds, PERMISSION_LABELS, type Permission } from "./permissions";
import { getCurrentStaff, type Staff } from "./session";
import { grantFor, type Grant } from "./staff-action";

/**
 * Declares a staff route handler, the counterpart of staffAction for the
 * few staff endpoints that are not server actions (uploads, downloads, the
 * islands' small questions). In this order: only the site's own pages may
 * send anything but a GET; a session; no temporary password left to
 * change; the declared permission held by the role. Refusals are JSON with
 * the status a client expects. The handler reads its body through
 * lib/http/body.ts with its own limit; an oversized or malformed body is
 * answered 413 or 400 here.
 */
export interface RouteDeclaration {
  permission: Permission;
  /** What a refusal answers: JSON (the default) or plain text for links and downloads. */
  answer?: "json" | "text";
}

type Handler<P> = (input: {
  request: Request;
  staff: Staff;
  grant: Grant;
  params: P;
}) => Promise<Response>;

export type DeclaredRoute<P> = ((
  request: Request,
  context?: { params: Promise<P> },
) => Promise<Response>) & { declaration: { permission: Permission } };

const NO_STORE = { "Cache-Control": "private, no-store" };

function refuse(
  declaration: RouteDeclaration,
  status: number,
  code: string,
  error: string,
): Response {
  return declaration.answer === "text"
    ? new Response(error, {
        status,
        headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
      })
    : Response.json({ ok: false, code, error }, { status, headers: NO_STORE });
}

export function staffRoute<P = Record<string, never>>(
  declaration: RouteDeclaration,
  handler: Handler<P>,
): DeclaredRoute<P> {
  const route = async (request: Request, context?: { params: Promise<P> }) => {
    if (request.method !== "GET" && request.method !== "HEAD" && !isSameOriginRequest(request)) {
      return refuse(declaration, 403, "forbidden", "Cross-site request refused.");
    }
    const staff = await getCurrentStaff();
    if (!staff) {
      return refuse(
        declaration,
        401,
        "unauthenticated",
        "Your session has ended. Sign in again to continue.",
      );
    }
    if (staff.mustChangePassword) {
      return refuse(declaration, 403, "forbidden", "Choose a new password first.");
    }
    if (!holds(staff.role, declaration.permission)) {
      return refuse(
        declaration,
        403,
        "forbidden",
        `You do not have permission to ${PERMISSION_LABELS[declaration.permission]}.`,
      );
    }
    const params = (context ? await context.params : {}) as P;
    try {
      return await handler({
        request,
        staff,
        grant: grantFor(staff, declaration.permission),
        params,
      });
    } catch (error) {
      if (error instanceof BodyTooLargeError || error instanceof MalformedBodyError) {
        return bodyErrorResponse(error, declaration.answer !== "text");
      }
      throw error;
    }
  };
  return Object.assign(route, { declaration: { permission: declaration.permission } });
}
