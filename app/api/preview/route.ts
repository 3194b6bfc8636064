import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { mayPreview } from "@/lib/articles/editing/preview";
import { getCurrentStaff } from "@/lib/auth/session";

/**
 * Turns on Next's draft mode for a staff member who may preview the article
 * and opens its preview; `?exit=1` turns it off. The preview page checks the
 * session again, so the draft-mode cookie alone shows nothing.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const mode = await draftMode();
  if (url.searchParams.get("exit") === "1") {
    mode.disable();
    redirect("/editor");
  }
  const id = url.searchParams.get("id") ?? "";
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/login?callbackUrl=${encodeURIComponent(`/api/preview?id=${id}`)}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !(await mayPreview(staff, id))) {
    return new Response("You cannot preview this article.", { status: 403 });
  }
  mode.enable();
  redirect(`/preview/${id}`);
}
