/**
 * `ts_headline` marks matches with these private-use characters instead of
 * HTML, so a snippet is plain text that React escapes, split into parts.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of snippet.split(/([\uE000\uE001])/)) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  return parts;
}
