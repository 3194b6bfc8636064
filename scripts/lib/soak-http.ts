import type { FaultWindow, Sample } from "./soak-stats";

/** Longer than any answer the site should take; past it the request counts as a timeout. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * A client address for one request. The soak's app server trusts one proxy
 * hop (TRUSTED_PROXY_HOPS=1), so this X-Forwarded-For is the reader's
 * address as the site sees it: the traffic comes from many readers, as it
 * would behind an edge, instead of one address that the per-address limits
 * (search, sign-ups, sign-in links, comments) would rightly stop.
 */
export function randomClientAddress(random: () => number = Math.random): string {
  const octet = () => Math.floor(random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

/** The cookies one browser holds for the site: enough of RFC 6265 for our own cookies. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** One request as a browser on this site would send it; redirects are not followed. */
export async function send(
  origin: string,
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    jar?: CookieJar;
    address?: string;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {
    "User-Agent": "newsroom-soak",
    "X-Forwarded-For": init.address ?? randomClientAddress(),
    ...init.headers,
  };
  if (init.method && init.method !== "GET") headers.Origin = origin;
  const cookie = init.jar?.header();
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body,
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  init.jar?.take(response);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A short name for why a request failed, for the error tables. */
export function failureCategory(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
  if (error instanceof SoakFailure) return error.category;
  const code = (error.cause as { code?: string } | undefined)?.code;
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "reset";
  return code ?? error.name;
}

/** One line about a failure: an HTML error page by its title, anything else with its spaces folded. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1];
  return (title ?? text).replace(/\s+/g, " ").trim();
}

/** A request that got an answer, but the wrong one: its category is what went wrong. */
export class SoakFailure extends Error {
  constructor(
    readonly category: string,
    detail = category,
  ) {
    super(detail);
  }
}

/** Fails unless the answer has the expected status; the category is the status received. */
export function expectStatus(answer: Answer, ...expected: number[]): void {
  if (!expected.includes(answer.status)) {
    throw new SoakFailure(String(answer.status), answer.text.slice(0, 300));
  }
}

/**
 * Everything the soak measured, and what it is doing now. A request's
 * latency counts from when it was due, not when it was sent, so a client
 * falling behind shows as latency instead of hiding it.
 */
export class Recorder {
  readonly samples: Sample[] = [];
  readonly windows: FaultWindow[] = [];
  inFlight = 0;
  /** The first few failures of each category, kept whole for the report. */
  readonly examples = new Map<string, string>();

  async run(kind: string, due: number, attempt: () => Promise<void>): Promise<boolean> {
    this.inFlight++;
    let error: string | null = null;
    try {
      await attempt();
    } catch (caught) {
      error = failureCategory(caught);
      const key = `${kind} ${error}`;
      if (!this.examples.has(key)) {
        this.examples.set(key, `${new Date().toISOString()} ${describeFailure(caught)}`);
      }
    } finally {
      this.inFlight--;
    }
    this.samples.push({ kind, due, end: Date.now(), error });
    return error === null;
  }

  openWindow(name: string): FaultWindow {
    const window = { name, start: Date.now(), end: Number.POSITIVE_INFINITY };
    this.windows.push(window);
    return window;
  }
}
