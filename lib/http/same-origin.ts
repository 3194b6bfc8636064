/**
 * CSRF protection for route handlers that change state: the browser says
 * where a request comes from (Sec-Fetch-Site, Origin), and only this site's
 * own pages may post. Server actions get the same check from Next itself.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
