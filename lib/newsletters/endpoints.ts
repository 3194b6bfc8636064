import "server-only";
import { clientAddress } from "@/lib/http/client-address";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { confirmSubscription } from "./confirm";
import { DEFAULT_EDITION, editionOr, type Edition } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import type { SignUpAnswer } from "./dto";
import { answerBodyErrors, jsonAnswer, plainAnswer, readForm, seeOther, wantsJson } from "./http";
import { newsletterPaths } from "./paths";
import { savePreferences, resetPersonalLinks } from "./preferences";
import { requestManageLink } from "./request-link";
import { signUp } from "./sign-up";
import { getUnsubscribeLinkEdition, unsubscribeByLink } from "./unsubscribe";

/**
 * The reader-side POST endpoints, as functions of a Request so tests call
 * exactly what app/api/newsletters/* serves. Forms post url-encoded; a plain
 * post is answered with a 303 to a page showing the outcome, an enhanced
 * (fetch) post with JSON. Everything but one-click unsubscribe must come
 * from the site's own pages.
 */

const forbidden = (json: boolean) =>
  json ? jsonAnswer({ ok: false, message: "Forbidden" }, 403) : plainAnswer("Forbidden", 403);
/** The edition of the page a form was on (its hidden `edition` field): the language of the answer. */
function formEdition(form: URLSearchParams | null): Edition {
  return editionOr(form?.get("edition"), DEFAULT_EDITION);
}

/** The answers newsletter forms show, in English unless a form says otherwise. */
const ANSWERS = messagesFor("en").newsletters.answers;

const badRequest = (json: boolean) =>
  json ? jsonAnswer({ ok: false, message: ANSWERS.failed }, 400) : plainAnswer("Bad request", 400);

function signUpMessage(answer: SignUpAnswer): string {
  const t = messagesFor(answer.edition).newsletters.answers;
  if (answer.ok) return t.success(answer.newsletterNames);
  if (answer.reason === "invalid-email") return t.invalidEmail;
  if (answer.reason === "no-newsletter") return t.noNewsletter;
  if (answer.reason === "limited") return t.limited;
  return t.unknownNewsletter;
}

const ANSWER_FIELDS = { "invalid-email": "email", "no-newsletter": "newsletter" } as const;

async function handleSubscribeUnchecked(request: Request): Promise<Response> {
  const json = wantsJson(request);
  if (!isSameOriginRequest(request)) return forbidden(json);
  const form = await readForm(request);
  if (!form) return badRequest(json);
  const slugs = form.getAll("newsletter");
  const answer = await signUp(
    {
      email: form.get("email"),
      newsletter: slugs,
      source: form.get("source"),
      edition: form.get("edition"),
      homepage: form.get("homepage"),
    },
    clientAddress(request.headers),
  );
  if (json) {
    const status = answer.ok ? 200 : answer.reason === "limited" ? 429 : 400;
    const field = answer.ok
      ? undefined
      : ANSWER_FIELDS[answer.reason as keyof typeof ANSWER_FIELDS];
    return jsonAnswer(
      { ok: answer.ok, message: signUpMessage(answer), ...(field ? { field } : {}) },
      status,
    );
  }
  // The page shows the same choices again, with the outcome.
  const result = answer.ok ? "sent" : answer.reason;
  return seeOther(newsletterPaths.signUpResult(slugs, result, answer.edition));
}

async function handleConfirmUnchecked(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request)) return forbidden(false);
  const form = await readForm(request);
  const token = form?.get("token") ?? "";
  const result = await confirmSubscription(token);
  if (!result.ok) return seeOther(newsletterPaths.confirm(token, formEdition(form)));
  return seeOther(`${result.managePath}&confirmed=${encodeURIComponent(result.newsletterSlug)}`);
}

async function handlePreferencesUnchecked(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request)) return forbidden(false);
  const form = await readForm(request);
  if (!form) return badRequest(false);
  const token = form.get("token") ?? "";
  const action = form.get("action");
  const edition = formEdition(form);
  if (action === "reset-links") {
    return (await resetPersonalLinks(token, edition))
      ? seeOther(newsletterPaths.manageNotice(edition, "reset", "1"))
      : seeOther(newsletterPaths.manage(token, edition));
  }
  const shown = form.getAll("shown");
  const result = await savePreferences(token, {
    shown,
    wanted: action === "unsubscribe-all" ? [] : form.getAll("newsletter"),
  });
  const saved = result.ok ? (action === "unsubscribe-all" ? "&saved=all" : "&saved=1") : "";
  return seeOther(`${newsletterPaths.manage(token, edition)}${saved}`);
}

async function handleManageLinkUnchecked(
  request: Request,
  schedule?: (work: () => Promise<void>) => void | Promise<void>,
): Promise<Response> {
  const json = wantsJson(request);
  if (!isSameOriginRequest(request)) return forbidden(json);
  const form = await readForm(request);
  if (!form) return badRequest(json);
  const edition = formEdition(form);
  const answer = await requestManageLink(
    { email: form.get("email"), homepage: form.get("homepage"), edition },
    clientAddress(request.headers),
    schedule,
  );
  const words = messagesFor(edition).newsletters;
  const message = answer.ok
    ? words.manage.linkAnswer
    : answer.reason === "limited"
      ? words.answers.limited
      : words.answers.invalidEmail;
  if (json) {
    const status = answer.ok ? 200 : answer.reason === "limited" ? 429 : 400;
    return jsonAnswer({ ok: answer.ok, message, ...(answer.ok ? {} : { field: "email" }) }, status);
  }
  return seeOther(
    newsletterPaths.manageNotice(edition, "requested", answer.ok ? "sent" : answer.reason),
  );
}

/**
 * A browser opening the List-Unsubscribe URL gets the page with the button,
 * in its newsletter's edition; GET changes nothing.
 */
export async function handleUnsubscribeGet(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const edition = await getUnsubscribeLinkEdition(token);
  return seeOther(newsletterPaths.unsubscribePage(token, edition ?? DEFAULT_EDITION));
}

/**
 * RFC 8058 one-click (a mail provider posts `List-Unsubscribe=One-Click`,
 * with no cookies and from no page of ours: the signed token is the
 * authority) and the button on the unsubscribe page. No same-origin check:
 * forging this post needs the token, and all it can do is unsubscribe.
 */
async function handleUnsubscribePostUnchecked(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const form = await readForm(request);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const result = await unsubscribeByLink(token);
  if (oneClick) {
    return result.ok
      ? plainAnswer(`Unsubscribed from ${result.newsletterName}.`, 200)
      : plainAnswer("This unsubscribe link is not valid.", 404);
  }
  return seeOther(newsletterPaths.unsubscribePage(token, result.ok ? result.edition : "en"));
}

export const handleSubscribe = answerBodyErrors(handleSubscribeUnchecked);

export const handleConfirm = answerBodyErrors(handleConfirmUnchecked);

export const handlePreferences = answerBodyErrors(handlePreferencesUnchecked);

export const handleManageLink = answerBodyErrors(handleManageLinkUnchecked);

export const handleUnsubscribePost = answerBodyErrors(handleUnsubscribePostUnchecked);
