import { CsvError, parse } from "csv-parse/sync";
import { isEmailAddress } from "@/lib/mail/validate";

/**
 * Reading a subscriber CSV: which addresses it holds and which of its rows
 * are unusable, with the line each came from. Pure (no database), so the
 * preview and the import read a file the same way.
 */

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 50_000 } as const;

export interface ImportRow {
  line: number;
  email: string;
}

export interface RowProblem {
  line: number;
  /** What the row held, cut short; never more than the cell itself. */
  value: string;
  message: string;
}

export type ReadResult =
  | { ok: true; rows: ImportRow[]; invalid: RowProblem[]; duplicates: RowProblem[] }
  | { ok: false; error: string };

/** Column names other tools export the address under (Mailchimp, Substack, Ghost…). */
const EMAIL_HEADER = /^(e-?mail|e-?mail address|email_address|subscriber email|address)$/i;

function emailColumn(first: string[]): { index: number; header: boolean } | null {
  const named = first.findIndex((cell) => EMAIL_HEADER.test(cell.trim()));
  if (named >= 0) return { index: named, header: true };
  // No header row: the first column holding an address is the address column.
  const index = first.findIndex((cell) => cell.includes("@"));
  return index >= 0 ? { index, header: false } : null;
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

export function readSubscriberCsv(text: string): ReadResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return {
        ok: false,
        error: `The file is not valid CSV${line ? ` (near line ${line})` : ""}: ${error.message.replace(/^[^:]*: /, "")}`,
      };
    }
    throw error;
  }
  const first = records[0];
  if (!first) return { ok: false, error: "The file is empty." };
  const column = emailColumn(first.record);
  if (!column) {
    return {
      ok: false,
      error:
        "No email column found: name one “email” in the first row, or start the file with an address.",
    };
  }
  const body = column.header ? records.slice(1) : records;
  if (body.length > IMPORT_LIMITS.maxRows) {
    return {
      ok: false,
      error: `The file has ${body.length.toLocaleString("en")} rows; import at most ${IMPORT_LIMITS.maxRows.toLocaleString("en")} at a time.`,
    };
  }

  const rows: ImportRow[] = [];
  const invalid: RowProblem[] = [];
  const duplicates: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const raw = (record[column.index] ?? "").trim();
    const email = raw.toLowerCase();
    if (!raw) {
      invalid.push({ line, value: "", message: "No email address in this row." });
    } else if (!isEmailAddress(email)) {
      invalid.push({ line, value: shown(raw), message: "Not an email address." });
    } else if (seen.has(email)) {
      duplicates.push({
        line,
        value: shown(raw),
        message: `Already on line ${seen.get(email)}; imported once.`,
      });
    } else {
      seen.set(email, line);
      rows.push({ line, email });
    }
  }
  return { ok: true, rows, invalid, duplicates };
}
