"use client";

import { useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/editor/manage/form-kit";
import { ErrorSummary } from "@/components/editor/manage/kit-form";
import type { ImportReport } from "@/lib/newsletters/admin/dto";

type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };
type Answer = { ok: true; data: ImportReport } | Failure;

const FORM = "import";
const LABELS: Record<string, string> = { newsletterId: "Newsletter", file: "CSV file" };
const UNREACHABLE: Failure = {
  ok: false,
  error: "The server could not be reached, so nothing was imported. Try again.",
};

const count = (n: number) => n.toLocaleString("en");

/**
 * Import in two steps: check the file (nothing is written; every problem
 * row is listed), then import exactly that file. The report says what
 * happened to every address.
 */
export function SubscriberImport({
  newsletters,
}: {
  newsletters: { id: string; name: string; active: boolean }[];
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [newsletterId, setNewsletterId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState<"preview" | "import" | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function send(mode: "preview" | "import") {
    setPending(mode);
    setFailure(null);
    const body = new FormData();
    body.set("newsletterId", newsletterId);
    body.set("mode", mode);
    if (file) body.set("file", file);
    let answer: Answer;
    try {
      const response = await fetch("/editor/newsletters/subscribers/import/file", {
        method: "POST",
        body,
      });
      answer = (await response.json()) as Answer;
    } catch {
      answer = UNREACHABLE;
    }
    setPending(null);
    if (answer.ok) setReport(answer.data);
    else {
      setReport(null);
      setFailure(answer);
    }
  }

  function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("preview");
  }

  function startOver() {
    setReport(null);
    setFile(null);
    if (fileRef.current) fileRef.current.value = "";
    fileRef.current?.focus();
  }

  const errorFor = (name: string) => failure?.fieldErrors?.[name];
  const done = report?.imported === true;

  return (
    <div className="enl-import">
      <form
        className="ed-panel ed-form em-form"
        onSubmit={onCheck}
        noValidate
        aria-busy={!!pending}
      >
        <ErrorSummary form={FORM} failure={failure} labels={LABELS} />
        <Field form={FORM} name="newsletterId" label="Newsletter" error={errorFor("newsletterId")}>
          {(control) => (
            <select
              {...control}
              value={newsletterId}
              onChange={(e) => {
                setNewsletterId(e.target.value);
                setReport(null);
              }}
              required
              disabled={done}
            >
              <option value="">Choose a newsletter…</option>
              {newsletters.map((newsletter) => (
                <option key={newsletter.id} value={newsletter.id}>
                  {newsletter.name}
                  {newsletter.active ? "" : " (off)"}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          form={FORM}
          name="file"
          label="CSV file"
          hint="One address per row, in a column named “email” (or the first column). Up to 50,000 rows and 5 MB."
          error={errorFor("file")}
        >
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              type="file"
              accept=".csv,text/csv"
              required
              disabled={done}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReport(null);
              }}
            />
          )}
        </Field>
        <div className="em-actions">
          {done ? (
            <button type="button" className="ed-button" onClick={startOver}>
              Import another file
            </button>
          ) : (
            <button type="submit" className="ed-button" disabled={!!pending}>
              {pending === "preview" ? "Checking…" : "Check the file"}
            </button>
          )}
        </div>
      </form>

      {report ? (
        <ImportResult
          report={report}
          pending={pending === "import"}
          onImport={() => void send("import")}
        />
      ) : null}
    </div>
  );
}

function ImportResult({
  report,
  pending,
  onImport,
}: {
  report: ImportReport;
  pending: boolean;
  onImport: () => void;
}) {
  const done = report.imported;
  const rows: [string, number, string][] = [
    [done ? "Added" : "Will be added", report.added, "added"],
    ["Already subscribed", report.alreadySubscribed, "already"],
    ["Skipped: unsubscribed", report.skippedUnsubscribed, "unsubscribed"],
    ["Not an address", report.invalid, "invalid"],
    ["Repeated in the file", report.duplicates, "duplicate"],
  ];
  return (
    <section className="ed-panel enl-import-result" aria-labelledby="import-result">
      <h2 id="import-result">
        {done ? `Imported into ${report.newsletterName}` : `Check: ${report.newsletterName}`}
      </h2>
      <p className="visually-hidden" role="status">
        {done ? "Import finished: " : "File checked: "}
        {rows.map(([label, value]) => `${label} ${count(value)}`).join(", ")}.
      </p>
      <dl className="enl-import-counts">
        {rows.map(([label, value, key]) => (
          <div key={key} data-kind={key}>
            <dt>{label}</dt>
            <dd>{count(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="ed-hint">
        Addresses are added as confirmed subscribers with the source “import”. Nobody who
        unsubscribed is ever added back, and existing subscriptions are left as they are.
      </p>
      {report.problems.length ? (
        <div className="enl-table-wrap">
          <table className="ed-table em-table">
            <caption className="enl-caption">Rows not imported</caption>
            <thead>
              <tr>
                <th scope="col" className="em-num">
                  Line
                </th>
                <th scope="col">Value</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem) => (
                <tr key={`${problem.line}-${problem.message}`}>
                  <td className="em-num">{problem.line}</td>
                  <td className="enl-email">
                    {problem.value || <span className="ed-muted">(empty)</span>}
                  </td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {!done ? (
        <div className="em-actions">
          <button
            type="button"
            className="ed-button ed-button-primary"
            onClick={onImport}
            disabled={pending || report.added === 0}
          >
            {pending
              ? "Importing…"
              : report.added === 0
                ? "Nothing to import"
                : `Import ${count(report.added)} ${report.added === 1 ? "address" : "addresses"}`}
          </button>
        </div>
      ) : null}
    </section>
  );
}
