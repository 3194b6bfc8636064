export type PurgeStatusDto = "NONE" | "PENDING" | "SENDING" | "DONE" | "FAILED";

export const PURGE_FILTERS = ["waiting", "failed", "done"] as const;

export type PurgeFilter = (typeof PURGE_FILTERS)[number];

export interface PurgeRowDto {
  id: string;
  tags: string[];
  status: PurgeStatusDto;
  /** 0: the first purge; 1: the confirming one. */
  round: number;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string;
  createdAt: Date;
  purgedAt: Date | null;
}

export interface PurgeListDto {
  edges: string[];
  rows: PurgeRowDto[];
  counts: Record<PurgeFilter, number>;
  /** Seconds the oldest waiting purge has waited; 0 when none. */
  lagSeconds: number;
}
