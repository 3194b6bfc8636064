import { readListParams } from "@/lib/manage/list-params";
import type { DeliveryStatusName } from "./dto";

const STATUSES: readonly DeliveryStatusName[] = [
  "PENDING",
  "QUEUED",
  "SENT",
  "KEPT",
  "FAILED",
  "SKIPPED",
];

/** The recipient list's `status` and `page`, read leniently. Pure. */
export function readDeliveryParams(raw: Record<string, string | string[] | undefined>): {
  status: DeliveryStatusName | "";
  page: number;
} {
  const value = [raw.status].flat()[0]?.toUpperCase() ?? "";
  return {
    status: (STATUSES as readonly string[]).includes(value) ? (value as DeliveryStatusName) : "",
    page: readListParams(raw).page,
  };
}
