import { describe, expect, it } from "vitest";
import { readSubscriberCsv } from "./import-rows";

describe("readSubscriberCsv", () => {
  it("finds the email column by its header and reports bad rows by line", () => {
    const result = readSubscriberCsv(
      "\ufeffName,Email Address\r\nOlena,Olena@Example.com\r\nNo address,\r\nBad,not-an-address\r\nAgain,olena@example.com\r\n",
    );
    expect(result).toEqual({
      ok: true,
      rows: [{ line: 2, email: "olena@example.com" }],
      invalid: [
        { line: 3, value: "", message: "No email address in this row." },
        { line: 4, value: "not-an-address", message: "Not an email address." },
      ],
      duplicates: [
        { line: 5, value: "olena@example.com", message: "Already on line 2; imported once." },
      ],
    });
  });

  it("reads a file without a header row from its first address column", () => {
    const result = readSubscriberCsv("a@example.com\nb@example.com,extra,cells\n\n");
    expect(result.ok && result.rows.map((row) => row.email)).toEqual([
      "a@example.com",
      "b@example.com",
    ]);
  });

  it("refuses files it cannot read, saying why", () => {
    expect(readSubscriberCsv("")).toEqual({ ok: false, error: "The file is empty." });
    const noColumn = readSubscriberCsv("name,city\nOlena,Kyiv\n");
    expect(noColumn.ok).toBe(false);
    const broken = readSubscriberCsv('email\n"a@example.com\n');
    expect(!broken.ok && broken.error).toMatch(/not valid CSV/);
  });
});
