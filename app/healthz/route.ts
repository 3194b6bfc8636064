import { checkReadiness } from "@/lib/server/readiness";

/**
 * Liveness and readiness for load balancers and the edge's health checks.
 * `GET /healthz`: 200 while this process answers. `GET /healthz?ready=1`:
 * 200 only when the database answers and has no pending migrations, else
 * 503 with the reason, so a server that lost its database leaves the
 * rotation. Never cached.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  if (!new URL(request.url).searchParams.has("ready")) {
    return Response.json({ status: "alive" }, { headers });
  }
  const problem = await checkReadiness();
  return problem
    ? Response.json({ status: "not-ready", problem }, { status: 503, headers })
    : Response.json({ status: "ready" }, { headers });
}
