import { getCommentsViewer } from "@/lib/comments/own-comments";
import { postComment } from "@/lib/comments/post";
import { clientAddress } from "@/lib/http/client-address";
import { answerEdition, answerIn } from "@/lib/readers/answers";
import { json, jsonResult, READER_BODY_LIMITS, readerRoute } from "@/lib/readers/http";
import { done, fail } from "@/lib/readers/results";
import { getReaderFromRequest } from "@/lib/readers/session";

/**
 * The comments island asks who is signed in and which comments on this
 * article are theirs. The article page itself stays the same cached HTML
 * for everyone; only this small answer is personal.
 */
export async function GET(request: Request) {
  const articleId = new URL(request.url).searchParams.get("articleId") ?? "";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(articleId)) {
    return json(answerIn(fail("invalid", "Unknown article."), answerEdition(request)), 400);
  }
  const reader = await getReaderFromRequest(request);
  return jsonResult(done(await getCommentsViewer(reader, articleId)));
}

/** A signed-in reader posts a comment or a reply. */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.comment },
  async ({ request, body }) => {
    const reader = await getReaderFromRequest(request);
    return jsonResult(
      await postComment(reader, body.fields, clientAddress(request.headers)),
      answerEdition(request),
    );
  },
);
