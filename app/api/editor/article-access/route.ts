import { mayEditArticle } from "@/lib/articles/editing/access";
import { staffRoute } from "@/lib/auth/staff-route";

/**
 * Answers the public article page's "Edit post" island: may the signed-in
 * staff member edit this article? The page itself stays the same cached HTML
 * for everyone; only this small, uncached answer is personal. Readers get a
 * 401 from staffRoute, which the island takes as "no".
 */
export const GET = staffRoute({ permission: "editor.enter" }, async ({ request, staff }) => {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const allowed = /^[A-Za-z0-9_-]{1,64}$/.test(id) && (await mayEditArticle(staff, id));
  return Response.json(
    { editUrl: allowed ? `/editor/articles/${id}` : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
