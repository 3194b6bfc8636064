import { deleteComment, editComment } from "@/lib/comments/reader-changes";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { forbiddenOrigin, jsonResult, readBody } from "@/lib/readers/http";
import { getReaderFromRequest } from "@/lib/readers/session";

type Context = { params: Promise<{ id: string }> };

/** A reader rewords their own comment (within the edit window). */
export async function PATCH(request: Request, context: Context) {
  if (!isSameOriginRequest(request)) return forbiddenOrigin();
  const { id } = await context.params;
  const { fields } = await readBody(request);
  const reader = await getReaderFromRequest(request);
  return jsonResult(await editComment(reader, { id, body: fields.body }));
}

/** A reader deletes their own comment. */
export async function DELETE(request: Request, context: Context) {
  if (!isSameOriginRequest(request)) return forbiddenOrigin();
  const { id } = await context.params;
  const reader = await getReaderFromRequest(request);
  return jsonResult(await deleteComment(reader, { id }));
}
