import "server-only";
import { parseEnv } from "@/lib/env";
import { checkMailbox, formatMailbox } from "./validate";

export interface MailSettings {
  /** Unset: nothing is sent; mail is kept in the outbox for staff to read. */
  smtpUrl: string | undefined;
  /** MAIL_FROM as given, checked; undefined means "<site name> <newsroom@localhost>". */
  mailFrom: string | undefined;
  retentionDays: number;
}

/**
 * Read on every call rather than once per process, so tests (and a process
 * whose environment is changed by its host) can point delivery at another
 * server: set process.env.SMTP_URL and the next run uses it.
 */
export function readMailSettings(
  source: Record<string, string | undefined> = process.env,
): MailSettings {
  const parsed = parseEnv(source);
  return {
    smtpUrl: parsed.SMTP_URL,
    mailFrom:
      parsed.MAIL_FROM === undefined ? undefined : checkMailbox(parsed.MAIL_FROM, "MAIL_FROM"),
    retentionDays: parsed.OUTBOX_RETENTION_DAYS,
  };
}

export const FALLBACK_SENDER_ADDRESS = "newsroom@localhost";

export function fallbackSender(siteName: string | undefined): string {
  return formatMailbox(siteName?.trim() || "Newsroom", FALLBACK_SENDER_ADDRESS);
}
