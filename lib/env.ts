import { z } from "zod";

/** A setting that may be absent; an empty value counts as absent. */
function optionalText() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined));
}

/**
 * Environment, parsed once. Everything optional has a default that gives a
 * working local newsroom on the embedded database.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "must start with postgresql:// (or leave it unset to use the embedded database)",
    }),
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  MEDIA_DIR: z.string().trim().min(1).default(".data/media"),
  /**
   * Media in S3-compatible object storage instead of MEDIA_DIR: set the
   * bucket (lib/media/storage.ts). Without an access key the SDK's own
   * chain is used (AWS_* variables, an instance or task role).
   */
  MEDIA_S3_BUCKET: optionalText(),
  /** An S3-compatible service (MinIO, Ceph, R2…); unset: AWS S3 itself. */
  MEDIA_S3_ENDPOINT: optionalText().pipe(z.url().optional()),
  MEDIA_S3_REGION: z.string().trim().min(1).default("us-east-1"),
  MEDIA_S3_ACCESS_KEY_ID: optionalText(),
  MEDIA_S3_SECRET_ACCESS_KEY: optionalText(),
  /** host/bucket/key addresses, which most self-hosted stores need. */
  MEDIA_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /** Folder inside the bucket ("newsroom/media"), so one bucket can serve more than media. */
  MEDIA_S3_PREFIX: optionalText()
    .refine((value) => value === undefined || /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(value), {
      message: "may hold letters, digits, / _ . - and must not start with /",
    })
    .transform((value) => (value ? `${value.replace(/\/+$/, "")}/` : "")),
  SITE_URL: z.url().default("http://localhost:3000"),
  /**
   * Proxies in front of the app (an edge cache, a TLS terminator) that each
   * append the address they saw to X-Forwarded-For. 0: the socket's address
   * is the client's, and the header is ignored (lib/server/client-address.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** How long "Most popular" is reused before it is ranked again. */
  MOST_POPULAR_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** "json": one JSON object per log line, with the request id; "text" for a terminal. */
  LOG_FORMAT: z.enum(["json", "text"]).optional(),
  /** Port on 127.0.0.1 (or METRICS_HOST) for Prometheus metrics; unset: none. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Which header carries cache tags to the edge: Varnish xkey, Fastly, Cloudflare, or none. */
  EDGE_SURROGATE_HEADER: z.enum(["xkey", "surrogate-key", "cache-tag", "off"]).default("off"),
  /**
   * Where the worker purges changed cache tags, comma-separated: Varnish
   * nodes by URL (http://varnish:80), fastly://<service id>,
   * cloudflare://<zone id>. Unset: no edge.
   */
  EDGE_PURGE_URLS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((url) => /^(https?|fastly|cloudflare):\/\/[^\s]+$/.test(url)), {
      message: "must be a comma-separated list of http(s)://, fastly:// or cloudflare:// URLs",
    }),
  /** API tokens for the CDN purge adapters. */
  EDGE_FASTLY_TOKEN: z.string().trim().optional(),
  EDGE_CLOUDFLARE_TOKEN: z.string().trim().optional(),
  /** Longest surrogate-key header sent (edges limit header sizes). */
  EDGE_SURROGATE_MAX_BYTES: z.coerce.number().int().min(256).max(16_000).default(4_000),
  /** Strict-Transport-Security max-age the app sends on an HTTPS site; 0 leaves it to the TLS proxy. */
  HSTS_SECONDS: z.coerce.number().int().min(0).max(63_072_000).default(0),
  /** Memory for rendered pages per app server, in MB (least recently used go first). */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(16_384).default(256),
  /** Memory for the app server's finished replies of cached pages, in MB (lib/server/reply-cache.ts). */
  REPLY_CACHE_MB: z.coerce.number().int().min(1).max(4_096).default(16),
  /** "off" sends every request through Next (to compare, or to rule the reply cache out). */
  REPLY_CACHE: z.enum(["on", "off"]).default("on"),
  /** Signs staff sessions; generated into .data/auth-secret when unset. */
  AUTH_SECRET: z.string().trim().min(32).optional(),
  /** "memory" (one instance) or "database" (shared by every instance). */
  RATE_LIMIT_STORE: z.enum(["memory", "database"]).default("memory"),
  /** RSS items carry the whole body ("full") or the standfirst alone ("summary"). */
  FEED_CONTENT: z.enum(["full", "summary"]).default("full"),
  /** Seconds between the worker's checks (its fallback tick); 0: no worker in the server. */
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  /**
   * Where background work runs (lib/jobs/worker.ts): "in-process" inside
   * this app server, or "off" on app servers of a deployment whose worker is
   * `npm run jobs -- --watch`. Needs DATABASE_URL: nothing else can open the
   * embedded database beside the server.
   */
  BACKGROUND_JOBS: z.enum(["in-process", "off"]).default("in-process"),
  /** "1": the worker posts a demo update to the demo's live blog every few minutes. */
  DEMO_LIVE: z.enum(["0", "1"]).default("0"),
  /**
   * Revision retention (lib/articles/revisions/retention.ts): ordinary saves
   * and autosaves older than this many days, beyond each article's latest
   * REVISION_KEEP_LATEST, may be pruned. Publishes and restores are kept.
   */
  REVISION_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  REVISION_KEEP_LATEST: z.coerce.number().int().min(1).max(10_000).default(50),
  /**
   * Article narration (lib/narration): "espeak" (offline, the default),
   * "openai" (needs OPENAI_API_KEY) or "off". A hosted provider without its
   * key is reported in the editor and the log, never replaced by another.
   */
  NARRATION_PROVIDER: z.enum(["espeak", "openai", "off"]).default("espeak"),
  /** Voice name for the provider; unset: "en-us" for eSpeak, "alloy" for OpenAI. */
  NARRATION_VOICE: z.string().trim().max(64).optional(),
  OPENAI_API_KEY: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** Speech model: gpt-4o-mini-tts, tts-1 or tts-1-hd. */
  OPENAI_TTS_MODEL: z.string().trim().min(1).default("gpt-4o-mini-tts"),
  /** An OpenAI-compatible endpoint (a proxy, a regional gateway). */
  OPENAI_BASE_URL: z.url().default("https://api.openai.com/v1"),
  /** Tries per narration before it is marked failed (backoff between them). */
  NARRATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
  /**
   * Seconds a publish or substantive update waits before its narration is
   * made. A fix made within them replaces the waiting narration, so the
   * story is read (and encoded) once; and the encoding stays clear of the
   * moments when the fresh pages are being rendered. "Regenerate" in the
   * editor starts at once.
   */
  /**
   * Stories the demo seed queues for narration: this many of the newest
   * English ones and a third as many Ukrainian ones (0: none).
   */
  DEMO_NARRATIONS: z.coerce.number().int().min(0).max(1000).default(12),
  NARRATION_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  /**
   * Outgoing mail (lib/mail): smtp://user:pass@host:587 (STARTTLS when the
   * server offers it) or smtps://…:465. Unset: mail is kept in the outbox at
   * /editor/outbox and sent nowhere.
   */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/.test(value), {
      message: "must start with smtp:// or smtps:// (or leave it unset to keep mail in the outbox)",
    }),
  /** Default sender, "Name <address>"; unset: "<site name> <newsroom@localhost>". */
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** The podcast feed's itunes:owner address; unset: the address of MAIL_FROM. */
  PODCAST_OWNER_EMAIL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^[^\s@<>]+@[^\s@<>]+$/.test(value), {
      message: "must be one email address",
    }),
  /**
   * Membership payments (lib/membership, docs/membership.md): Stripe's secret
   * key (sk_live_… or sk_test_…). Unset: /membership says payments are off.
   */
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** The signing secret (whsec_…) of the webhook endpoint /api/membership/webhook. */
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined)),
  /**
   * Tests only: where the Stripe client sends API calls (a local stand-in,
   * e.g. http://127.0.0.1:12111). Unset: Stripe's own API.
   */
  STRIPE_API_BASE: optionalText().pipe(z.url().optional()),
  /** Sent (and kept) outbox messages older than this many days are deleted. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

const checkedEnvSchema = envSchema.superRefine((value, context) => {
  if (value.BACKGROUND_JOBS === "off" && !value.DATABASE_URL) {
    context.addIssue({
      code: "custom",
      path: ["BACKGROUND_JOBS"],
      message:
        "is off, which needs DATABASE_URL: with the embedded database no worker process can run beside the server.",
    });
  }
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(
      `${issue?.path.join(".") ?? "environment"} ${issue?.message ?? "is invalid"}`,
    );
  }
  const problem = mediaStorageProblem(result.data);
  if (problem) throw new EnvError(problem);
  return result.data;
}

/** A half-configured bucket must not quietly leave media on one server's disk. */
function mediaStorageProblem(env: Env): string | null {
  const stray = (
    [
      "MEDIA_S3_ENDPOINT",
      "MEDIA_S3_ACCESS_KEY_ID",
      "MEDIA_S3_SECRET_ACCESS_KEY",
      "MEDIA_S3_PREFIX",
    ] as const
  ).find((name) => env[name]);
  if (!env.MEDIA_S3_BUCKET && stray) return `MEDIA_S3_BUCKET is required when ${stray} is set`;
  if (Boolean(env.MEDIA_S3_ACCESS_KEY_ID) !== Boolean(env.MEDIA_S3_SECRET_ACCESS_KEY)) {
    const missing = env.MEDIA_S3_ACCESS_KEY_ID
      ? "MEDIA_S3_SECRET_ACCESS_KEY"
      : "MEDIA_S3_ACCESS_KEY_ID";
    return `${missing} is required with the other MEDIA_S3 key setting`;
  }
  return null;
}

/** Is the site served only to this machine (a laptop, a test run)? */
export function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return (
    host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.endsWith(".localhost")
  );
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
