/**
 * Readers' personal links (sign-in links, newsletter confirmations,
 * preference and unsubscribe links) act for the reader: whoever holds one
 * can sign in as them or change their subscriptions. Staff reading the
 * outbox see each such link with its token hidden.
 */
const TOKEN_PARAMETER = /([?&](?:amp;)?token=)[^&"'\s<>#]+/gi;

export const HIDDEN_TOKEN = "hidden";

export function redactPersonalLinks(text: string): { text: string; redacted: boolean } {
  let redacted = false;
  const result = text.replace(TOKEN_PARAMETER, (_match, prefix: string) => {
    redacted = true;
    return `${prefix}${HIDDEN_TOKEN}`;
  });
  return { text: result, redacted };
}
