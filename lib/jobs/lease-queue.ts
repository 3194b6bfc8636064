import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";

/**
 * One claim / lease / retry implementation for every queue in the database
 * (the mail outbox, narrations, newsletter deliveries; edge purges next).
 * A queue is a table its domain owns — its rows are what staff see and what
 * enqueuers write inside their own transactions — described once:
 *
 *   const outboxQueue = defineLeaseQueue({
 *     name: "mail",                         // logs and metrics
 *     table: "EmailOutbox",
 *     status: { waiting: "QUEUED", running: "SENDING", failed: "FAILED" },
 *     retry: { maxAttempts: 8, delayMs: (attempts) => … },
 *     leaseMs: 15 * 60_000,
 *   });
 *
 * The table has `id` (text), `status` (an enum holding the names above and
 * the domain's own finished states), `attempts` (int), a due time
 * (`nextAttemptAt`), `leaseToken` (text, null), `leaseExpiresAt`
 * (timestamp, null) and `lastError` (text); `createdAt` orders ties and
 * `updatedAt` is kept current when present. Other column names can be given
 * in `columns`. Index (status, nextAttemptAt) and (status, leaseExpiresAt).
 *
 * A job is held one of two ways:
 *
 * - **Under a lease**, for work done outside a transaction (SMTP, speech
 *   synthesis, an HTTP purge). `claim()` moves due rows — waiting ones whose
 *   time has come, and running ones whose holder's lease ran out — to
 *   `running` in one statement (`FOR UPDATE SKIP LOCKED`, so two workers
 *   never take one row), counts the attempt and hands back a token. Only the
 *   token's holder can `renew()`, `complete()` (to a finished status of the
 *   caller's choosing), `fail()` (back to waiting after `retry.delayMs`, or
 *   `failed` once the attempts are spent or the error is permanent) or
 *   `release()` (back untried, the attempt not counted); each returns
 *   whether it still held the lease. Work must end well inside its lease, or
 *   renew it. A holder that died is replaced when its lease runs out; one
 *   that died `maxAttempts` times is failed by `failAbandoned()`.
 * - **Under the row lock of the caller's transaction**, for work that is only
 *   database writes: `lock(tx)` returns the ids of due waiting rows locked
 *   `FOR UPDATE SKIP LOCKED`; the caller moves them on in the same
 *   transaction. A crash rolls everything back, so no lease is needed and
 *   nothing is ever half done.
 *
 * `stats()` gives the depth (due or running) and the age of the oldest due
 * item for metrics; `nextDueAt()` tells a worker when to look again;
 * `settleDue()` finishes every due row at once (mail with no SMTP server).
 * Times are the caller's `now`, so tests and catch-up runs can move the clock.
 */

type SqlClient = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
type Value = string | number | boolean | Date | null;

export interface LeaseQueueSpec {
  /** Names the queue in logs and metrics. */
  name: string;
  table: string;
  status: {
    /** Due at its time (the due column). */
    waiting: string;
    /** Held under a lease; needed for claim() and the lease functions. */
    running?: string;
    /** Given up: attempts spent, or a permanent error. */
    failed?: string;
  };
  columns?: Partial<Record<ColumnRole, string | null>>;
  /** How long a claim holds when the call does not say. */
  leaseMs?: number;
  retry?: { maxAttempts: number; delayMs: (failedAttempts: number) => number };
  /** lastError of a job whose holders kept vanishing (failAbandoned). */
  abandonedError?: (attempts: number) => string;
}

type ColumnRole =
  | "id"
  | "status"
  | "attempts"
  | "dueAt"
  | "leaseToken"
  | "leaseExpiresAt"
  | "lastError"
  | "createdAt"
  | "updatedAt";

const DEFAULT_COLUMNS: Record<ColumnRole, string | null> = {
  id: "id",
  status: "status",
  attempts: "attempts",
  dueAt: "nextAttemptAt",
  leaseToken: "leaseToken",
  leaseExpiresAt: "leaseExpiresAt",
  lastError: "lastError",
  createdAt: "createdAt",
  updatedAt: "updatedAt",
};

/** A row held under a lease: pass it back to renew, complete, fail or release it. */
export interface Lease {
  id: string;
  /** Attempts including this one. */
  attempts: number;
  token: string;
  expiresAt: Date;
  /** The columns the claim asked for (`returning`). */
  row: Record<string, unknown>;
}

export type FailOutcome = { kind: "retry"; at: Date } | { kind: "failed" } | { kind: "lost" };

export interface QueueStats {
  queue: string;
  depth: number;
  oldestAgeSeconds: number;
}

export interface ClaimOptions {
  now: Date;
  limit?: number;
  leaseMs?: number;
  /** Overrides retry.maxAttempts: a lapsed lease past it is left to failAbandoned. */
  maxAttempts?: number;
  /** An extra condition on the table's own columns. */
  where?: Prisma.Sql;
  /** Columns to set on the claimed rows (progress counters, who took it). */
  set?: Record<string, Value>;
  /** Columns of the claimed rows to hand back in each lease's `row`. */
  returning?: string[];
}

/** No retry policy: attempts never run out (the largest int4, so the column can compare). */
const INT_MAX = 2_147_483_647;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

function ident(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`lease-queue: bad identifier ${name}`);
  return Prisma.raw(`"${name}"`);
}

/** Status names are inlined as literals (constants, checked), so the enum's index is used. */
function literal(value: string): Prisma.Sql {
  if (!ENUM_VALUE.test(value)) throw new Error(`lease-queue: bad status ${value}`);
  return Prisma.raw(`'${value}'`);
}

export function defineLeaseQueue(spec: LeaseQueueSpec) {
  const names = { ...DEFAULT_COLUMNS, ...spec.columns };
  const column = (role: ColumnRole): Prisma.Sql => {
    const name = names[role];
    if (!name) throw new Error(`lease-queue ${spec.name}: no ${role} column`);
    return ident(name);
  };
  const table = ident(spec.table);
  const id = column("id");
  const status = column("status");
  const dueAt = column("dueAt");
  const waiting = literal(spec.status.waiting);
  const running = () => literal(need(spec.status.running, "running status"));
  const failed = () => literal(need(spec.status.failed, "failed status"));
  const order = Prisma.join(
    [dueAt, ...(names.createdAt ? [column("createdAt")] : []), id].map((c) => Prisma.sql`${c}`),
    ", ",
  );
  function need<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`lease-queue ${spec.name}: no ${what}`);
    return value;
  }
  const assignments = (now: Date, set: Record<string, Value> = {}): Prisma.Sql[] => [
    ...(names.updatedAt ? [Prisma.sql`${column("updatedAt")} = ${now}`] : []),
    ...Object.entries(set).map(([name, value]) => Prisma.sql`${ident(name)} = ${value}`),
  ];
  const withExtra = (base: Prisma.Sql[], now: Date, set?: Record<string, Value>) =>
    Prisma.join([...base, ...assignments(now, set)], ", ");
  const held = (lease: Lease) =>
    Prisma.sql`${id} = ${lease.id} AND ${column("leaseToken")} = ${lease.token} AND ${status} = ${running()}`;
  const maxAttemptsOf = (override?: number) => override ?? spec.retry?.maxAttempts ?? INT_MAX;
  const leaseMsOf = (override?: number) => need(override ?? spec.leaseMs, "leaseMs");
  const due = (now: Date) => Prisma.sql`${status} = ${waiting} AND ${dueAt} <= ${now}`;
  const lapsed = (now: Date) =>
    Prisma.sql`${status} = ${running()} AND ${column("leaseExpiresAt")} <= ${now}`;

  return {
    name: spec.name,
    spec,

    /** Takes up to `limit` due rows under a fresh lease (see the file comment). */
    async claim(client: SqlClient, options: ClaimOptions): Promise<Lease[]> {
      const { now } = options;
      const token = randomUUID();
      const expiresAt = new Date(now.getTime() + leaseMsOf(options.leaseMs));
      const attempts = column("attempts");
      // A locking CTE is evaluated once, so the LIMIT holds however it is joined.
      const extra = (options.returning ?? []).map(
        (name) => Prisma.sql`, job.${ident(name)} AS ${ident(name)}`,
      );
      const rows = await client.$queryRaw<
        ({ id: string; attempts: number } & Record<string, unknown>)[]
      >`
        WITH due AS (
          SELECT ${id} AS "id" FROM ${table}
          WHERE ((${due(now)})
             OR (${lapsed(now)} AND ${attempts} < ${maxAttemptsOf(options.maxAttempts)}))
            AND (${options.where ?? Prisma.sql`TRUE`})
          ORDER BY ${order}
          LIMIT ${options.limit ?? 1}
          FOR UPDATE SKIP LOCKED)
        UPDATE ${table} AS job
        SET ${withExtra(
          [
            Prisma.sql`${status} = ${running()}`,
            Prisma.sql`${attempts} = job.${attempts} + 1`,
            Prisma.sql`${column("leaseToken")} = ${token}`,
            Prisma.sql`${column("leaseExpiresAt")} = ${expiresAt}`,
          ],
          now,
          options.set,
        )}
        FROM due WHERE job.${id} = due."id"
        RETURNING job.${id} AS "id", job.${attempts} AS "attempts"${extra.length ? Prisma.join(extra, "") : Prisma.empty}`;
      return rows.map(({ id, attempts, ...row }) => ({ id, attempts, token, expiresAt, row }));
    },

    /** Extends the lease from `now`; false when it is no longer this holder's. */
    async renew(
      client: SqlClient,
      lease: Lease,
      options: { now: Date; leaseMs?: number; set?: Record<string, Value> },
    ): Promise<boolean> {
      const expiresAt = new Date(options.now.getTime() + leaseMsOf(options.leaseMs));
      const count = await client.$executeRaw`
        UPDATE ${table}
        SET ${withExtra([Prisma.sql`${column("leaseExpiresAt")} = ${expiresAt}`], options.now, options.set)}
        WHERE ${held(lease)}`;
      if (count) lease.expiresAt = expiresAt;
      return count > 0;
    },

    /** Finishes the job with the caller's status, only while holding its lease. */
    async complete(
      client: SqlClient,
      lease: Lease,
      options: { status: string; now?: Date; set?: Record<string, Value> },
    ): Promise<boolean> {
      const count = await client.$executeRaw`
        UPDATE ${table}
        SET ${withExtra(
          [
            Prisma.sql`${status} = ${literal(options.status)}`,
            Prisma.sql`${column("leaseToken")} = NULL`,
            Prisma.sql`${column("leaseExpiresAt")} = NULL`,
          ],
          options.now ?? new Date(),
          options.set,
        )}
        WHERE ${held(lease)}`;
      return count > 0;
    },

    /**
     * A failed attempt: waiting again after retry.delayMs(attempts) (or at
     * `retryAt`), or `failed` when the attempts are spent or `permanent`.
     */
    async fail(
      client: SqlClient,
      lease: Lease,
      options: {
        now: Date;
        error: string;
        permanent?: boolean;
        maxAttempts?: number;
        retryAt?: Date;
        set?: Record<string, Value>;
      },
    ): Promise<FailOutcome> {
      const giveUp = options.permanent || lease.attempts >= maxAttemptsOf(options.maxAttempts);
      const at =
        options.retryAt ??
        new Date(options.now.getTime() + need(spec.retry, "retry").delayMs(lease.attempts));
      const count = await client.$executeRaw`
        UPDATE ${table}
        SET ${withExtra(
          [
            giveUp ? Prisma.sql`${status} = ${failed()}` : Prisma.sql`${status} = ${waiting}`,
            ...(giveUp ? [] : [Prisma.sql`${dueAt} = ${at}`]),
            Prisma.sql`${column("lastError")} = ${options.error}`,
            Prisma.sql`${column("leaseToken")} = NULL`,
            Prisma.sql`${column("leaseExpiresAt")} = NULL`,
          ],
          options.now,
          options.set,
        )}
        WHERE ${held(lease)}`;
      if (!count) return { kind: "lost" };
      return giveUp ? { kind: "failed" } : { kind: "retry", at };
    },

    /** Puts held jobs back untried, due at `at`, their attempt not counted. */
    async release(
      client: SqlClient,
      leases: Lease[],
      options: { now: Date; at: Date },
    ): Promise<number> {
      if (!leases.length) return 0;
      const attempts = column("attempts");
      return client.$executeRaw`
        UPDATE ${table} AS job
        SET ${withExtra(
          [
            Prisma.sql`${status} = ${waiting}`,
            Prisma.sql`${attempts} = job.${attempts} - 1`,
            Prisma.sql`${dueAt} = ${options.at}`,
            Prisma.sql`${column("leaseToken")} = NULL`,
            Prisma.sql`${column("leaseExpiresAt")} = NULL`,
          ],
          options.now,
        )}
        FROM (SELECT unnest(${leases.map((l) => l.id)}::text[]) AS "id",
                     unnest(${leases.map((l) => l.token)}::text[]) AS "token") AS mine
        WHERE job.${id} = mine."id" AND job.${column("leaseToken")} = mine."token"
          AND job.${status} = ${running()}`;
    },

    /** Fails jobs whose lease lapsed after their last allowed attempt. */
    async failAbandoned(
      client: SqlClient,
      options: { now: Date; maxAttempts?: number },
    ): Promise<number> {
      const max = maxAttemptsOf(options.maxAttempts);
      const message = spec.abandonedError?.(max) ?? `Stopped without finishing ${max} times.`;
      return client.$executeRaw`
        UPDATE ${table}
        SET ${withExtra(
          [
            Prisma.sql`${status} = ${failed()}`,
            Prisma.sql`${column("lastError")} = ${message}`,
            Prisma.sql`${column("leaseToken")} = NULL`,
            Prisma.sql`${column("leaseExpiresAt")} = NULL`,
          ],
          options.now,
        )}
        WHERE ${lapsed(options.now)} AND ${column("attempts")} >= ${max}`;
    },

    /** Finishes every due row (and lapsed claim) with `status`, untried. */
    async settleDue(client: SqlClient, options: { now: Date; status: string }): Promise<number> {
      const { now } = options;
      return client.$executeRaw`
        UPDATE ${table}
        SET ${withExtra(
          [
            Prisma.sql`${status} = ${literal(options.status)}`,
            ...(spec.status.running
              ? [
                  Prisma.sql`${column("leaseToken")} = NULL`,
                  Prisma.sql`${column("leaseExpiresAt")} = NULL`,
                ]
              : []),
          ],
          now,
        )}
        WHERE (${due(now)})${spec.status.running ? Prisma.sql` OR (${lapsed(now)})` : Prisma.empty}`;
    },

    /**
     * In the caller's transaction: locks up to `limit` waiting rows (due by
     * `now` when given) that no other transaction holds, oldest first.
     */
    async lock(
      tx: SqlClient,
      options: { limit: number; now?: Date; where?: Prisma.Sql },
    ): Promise<string[]> {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT ${id} AS "id" FROM ${table}
        WHERE ${options.now ? due(options.now) : Prisma.sql`${status} = ${waiting}`}
          AND (${options.where ?? Prisma.sql`TRUE`})
        ORDER BY ${order}
        LIMIT ${options.limit}
        FOR UPDATE SKIP LOCKED`;
      return rows.map((row) => row.id);
    },

    /** Due or running rows, and how long the oldest due one has waited. */
    async stats(client: SqlClient, now: Date): Promise<QueueStats> {
      const [row] = await client.$queryRaw<{ depth: number; oldest: Date | null }[]>`
        SELECT count(*)::int AS "depth", min(${dueAt}) AS "oldest" FROM ${table}
        WHERE (${due(now)})${
          spec.status.running ? Prisma.sql` OR ${status} = ${running()}` : Prisma.empty
        }`;
      const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
      return {
        queue: spec.name,
        depth: row?.depth ?? 0,
        oldestAgeSeconds: Math.max(0, (now.getTime() - oldest) / 1000),
      };
    },

    /** When the next waiting row falls due, or a running lease lapses; null if never. */
    async nextDueAt(client: SqlClient, now: Date): Promise<Date | null> {
      const [row] = await client.$queryRaw<{ at: Date | null }[]>`
        SELECT min("at") AS "at" FROM (
          SELECT min(${dueAt}) AS "at" FROM ${table} WHERE ${status} = ${waiting} AND ${dueAt} > ${now}
          ${
            spec.status.running
              ? Prisma.sql`UNION ALL SELECT min(${column("leaseExpiresAt")}) FROM ${table}
                  WHERE ${status} = ${running()} AND ${column("leaseExpiresAt")} > ${now}`
              : Prisma.empty
          }) AS times`;
      return row?.at ? new Date(row.at) : null;
    },
  };
}

export type LeaseQueue = ReturnType<typeof defineLeaseQueue>;
