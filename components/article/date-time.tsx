import { formatDateTime } from "@/lib/dates/format";

/** A moment as readers see it (in the newsroom's zone) and as machines read it. */
export function DateTime({ at, timeZone }: { at: Date; timeZone: string }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at, timeZone)}</time>;
}
