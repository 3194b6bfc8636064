import { formatDateTime } from "@/lib/dates/format";
import { retryEdgePurgeFormAction } from "@/lib/edge/actions";
import type { PurgeRowDto, PurgeStatusDto } from "@/lib/edge/dto";

const STATUS_LABELS: Record<PurgeStatusDto, string> = {
  NONE: "No edge",
  PENDING: "Waiting",
  SENDING: "Sending",
  DONE: "Done",
  FAILED: "Failed",
};

const SHOWN_TAGS = 6;

/** The latest changes and where their purge stands; on a phone each row becomes a card. */
export function PurgeTable({ rows, timezone }: { rows: PurgeRowDto[]; timezone: string }) {
  return (
    <table className="ed-table em-table eo-table">
      <caption className="visually-hidden">Changes and their edge purges, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">Cache tags</th>
          <th scope="col">Purge</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <span className="em-code">#{row.id}</span>{" "}
              <time dateTime={row.createdAt.toISOString()}>
                {formatDateTime(row.createdAt, timezone)}
              </time>
            </td>
            <td>
              <span className="em-code">
                {row.tags.slice(0, SHOWN_TAGS).join(" ")}
                {row.tags.length > SHOWN_TAGS ? ` and ${row.tags.length - SHOWN_TAGS} more` : ""}
              </span>
            </td>
            <td>
              <strong>{STATUS_LABELS[row.status]}</strong>
              {row.status === "PENDING" && row.round === 1 ? " (confirming)" : null}
              {row.attempts > 1 ? `, ${row.attempts} tries` : null}
              {row.purgedAt ? (
                <>
                  {" "}
                  at{" "}
                  <time dateTime={row.purgedAt.toISOString()}>
                    {formatDateTime(row.purgedAt, timezone)}
                  </time>
                </>
              ) : null}
              {row.lastError ? <p className="ed-field-error">{row.lastError}</p> : null}
              {row.status === "PENDING" || row.status === "FAILED" ? (
                <form action={retryEdgePurgeFormAction}>
                  <input type="hidden" name="id" value={row.id} />
                  <button type="submit" className="ed-button ed-button-quiet">
                    Retry now
                  </button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
