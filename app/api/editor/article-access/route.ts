import { can } from "@/lib/auth/permissions";
import { getCurrentStaff } from "@/lib/auth/session";
import { mayEditArticle } from "@/lib/articles/editing/access";

/**
 * Answers the public article page's "Edit post" island: may the signed-in
 * staff member edit this article? The page itself stays the same cached HTML
 * for everyone; only this small, uncached answer is personal.
 */
export async function GET(request: Request) {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const staff = await getCurrentStaff();
  const allowed =
    !!staff &&
    can(staff.role, "editor.enter") &&
    /^[A-Za-z0-9_-]{1,64}$/.test(id) &&
    (await mayEditArticle(staff, id));
  return Response.json(
    { editUrl: allowed ? `/editor/articles/${id}` : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
