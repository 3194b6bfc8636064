/**
 * What the soak measured: one sample per request, and the windows in which a
 * fault (an app server or PostgreSQL restart) was under way. A failure whose
 * request overlapped a window is the fault's, reported apart from failures
 * in steady running, which are the ones that fail a run.
 */
export interface Sample {
  kind: string;
  /** When the request was due (open loop: latency counts from here), ms since the epoch. */
  due: number;
  /** When its answer (or failure) arrived. */
  end: number;
  /** Null when the request did what it should; otherwise a short category ("500", "timeout"…). */
  error: string | null;
}

export interface FaultWindow {
  name: string;
  start: number;
  /** Infinity while the fault is still under way. */
  end: number;
}

export function duringFault(sample: Pick<Sample, "due" | "end">, windows: FaultWindow[]): boolean {
  return windows.some((window) => sample.due <= window.end && sample.end >= window.start);
}

/** The q-th quantile (0..1) of values sorted ascending, nearest rank; NaN for none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export interface KindSummary {
  kind: string;
  requests: number;
  /** Failures in steady running. */
  errors: number;
  /** Failures of requests that overlapped a fault window. */
  faultErrors: number;
  /** Category → count, steady running. */
  errorKinds: Record<string, number>;
  faultErrorKinds: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Per kind: counts and latency of requests that succeeded (a failure's
 * latency says nothing about the service).
 */
export function summarize(samples: Sample[], windows: FaultWindow[]): KindSummary[] {
  const byKind = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byKind.get(sample.kind) ?? [];
    list.push(sample);
    byKind.set(sample.kind, list);
  }
  return [...byKind.entries()].map(([kind, list]) => {
    const latencies = list
      .filter((sample) => sample.error === null)
      .map((sample) => sample.end - sample.due)
      .sort((a, b) => a - b);
    const summary: KindSummary = {
      kind,
      requests: list.length,
      errors: 0,
      faultErrors: 0,
      errorKinds: {},
      faultErrorKinds: {},
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: latencies.length ? latencies[latencies.length - 1]! : Number.NaN,
    };
    for (const sample of list) {
      if (sample.error === null) continue;
      if (duringFault(sample, windows)) {
        summary.faultErrors++;
        summary.faultErrorKinds[sample.error] = (summary.faultErrorKinds[sample.error] ?? 0) + 1;
      } else {
        summary.errors++;
        summary.errorKinds[sample.error] = (summary.errorKinds[sample.error] ?? 0) + 1;
      }
    }
    return summary;
  });
}

export interface Totals {
  requests: number;
  errors: number;
  faultErrors: number;
  /** Steady-running failures as a share of requests outside fault windows, in percent. */
  errorPercent: number;
}

export function totalsOf(samples: Sample[], windows: FaultWindow[]): Totals {
  let errors = 0;
  let faultErrors = 0;
  let steady = 0;
  for (const sample of samples) {
    const inFault = duringFault(sample, windows);
    if (!inFault) steady++;
    if (sample.error === null) continue;
    if (inFault) faultErrors++;
    else errors++;
  }
  return {
    requests: samples.length,
    errors,
    faultErrors,
    errorPercent: steady ? (errors / steady) * 100 : 0,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : `${Math.round(value)}`);

function categories(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name}×${count}`)
    .join(" ");
}

/** The closing table: one row per kind, then the totals. */
export function formatTable(summaries: KindSummary[], order: string[]): string {
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  const rows = [...summaries].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || (a.kind < b.kind ? -1 : 1),
  );
  const header = [
    "kind",
    "requests",
    "errors",
    "in faults",
    "p50 ms",
    "p99 ms",
    "max ms",
    "errors by kind",
  ];
  const lines = rows.map((row) => [
    row.kind,
    String(row.requests),
    String(row.errors),
    String(row.faultErrors),
    ms(row.p50),
    ms(row.p99),
    ms(row.max),
    [
      categories(row.errorKinds),
      row.faultErrors ? `(faults: ${categories(row.faultErrorKinds)})` : "",
    ]
      .filter(Boolean)
      .join(" "),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => line[i]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  return [format(header), ...lines.map(format)].join("\n");
}
