import type { Edition } from "@/lib/i18n/dto";
import { formatDateTime } from "@/lib/dates/format";

/**
 * A moment as readers see it (in the newsroom's zone, in the edition's
 * language) and as machines read it.
 */
export function DateTime({
  at,
  timeZone,
  edition = "en",
}: {
  at: Date;
  timeZone: string;
  edition?: Edition;
}) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at, timeZone, edition)}</time>;
}
