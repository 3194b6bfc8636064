import type { Edition } from "@/lib/i18n/editions";
import { ukComments } from "@/lib/i18n/messages/uk-comments";
import { UK_READER_ANSWERS } from "@/lib/i18n/messages/uk-answers";
import type { ReaderResult } from "./results";

/**
 * The language a reader endpoint answers in: the comments island names its
 * story's edition in Accept-Language ("uk" or "en"). Anything else, such as
 * a browser's own list, gets English, the language the endpoints speak.
 */
export function answerEdition(request: Request): Edition {
  const wanted = (request.headers.get("accept-language") ?? "").trim().toLowerCase();
  return wanted === "uk" ? "uk" : "en";
}

const TOO_LONG = /^Comments can be up to [\d,]+ characters\. Yours has ([\d,]+):/;

/** One answer the code gives in English, said in `edition`'s language. */
export function answerText(message: string, edition: Edition): string {
  if (edition === "en") return message;
  const known = UK_READER_ANSWERS[message];
  if (known) return known;
  const tooLong = TOO_LONG.exec(message);
  if (tooLong) return ukComments.tooLong(Number(tooLong[1]!.replace(/,/g, "")));
  return message;
}

/** A reader command's result with its messages in `edition`'s language. */
export function answerIn<T>(result: ReaderResult<T>, edition: Edition): ReaderResult<T> {
  if (result.ok || edition === "en") return result;
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, text]) => [
          field,
          answerText(text, edition),
        ]),
      )
    : undefined;
  return {
    ...result,
    error: answerText(result.error, edition),
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
