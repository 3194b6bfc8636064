import { after } from "next/server";
import { handleManageLink } from "@/lib/newsletters/endpoints";

/** "Email me a link to manage my newsletters"; the lookup runs after the response. */
export function POST(request: Request) {
  return handleManageLink(request, (work) => after(work));
}
