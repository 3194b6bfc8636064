/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab
 * or carriage return, which some spreadsheets skip before reading a formula)
 * is run as a formula when the file is opened. Subscriber data is typed by
 * the public (an address, a sign-up source), so every such cell is prefixed
 * with an apostrophe, which spreadsheets show as text. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCsvCell(value: string | null | undefined): string {
  const text = value ?? "";
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Instants as ISO 8601 in UTC: unambiguous in every spreadsheet and tool. */
export function csvTime(value: Date | null | undefined): string {
  return value ? value.toISOString() : "";
}
