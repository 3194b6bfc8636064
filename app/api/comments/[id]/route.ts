import { deleteComment, editComment } from "@/lib/comments/reader-changes";
import { answerEdition } from "@/lib/readers/answers";
import { jsonResult, READER_BODY_LIMITS, readerRoute } from "@/lib/readers/http";
import { getReaderFromRequest } from "@/lib/readers/session";

/** A reader rewords their own comment (within the edit window). */
export const PATCH = readerRoute<{ id: string }>(
  { bodyLimit: READER_BODY_LIMITS.comment },
  async ({ request, params, body }) => {
    const reader = await getReaderFromRequest(request);
    return jsonResult(
      await editComment(reader, { id: params.id, body: body.fields.body }),
      answerEdition(request),
    );
  },
);

/** A reader deletes their own comment. */
export const DELETE = readerRoute<{ id: string }>(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, params }) => {
    const reader = await getReaderFromRequest(request);
    return jsonResult(await deleteComment(reader, { id: params.id }), answerEdition(request));
  },
);
