import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on 127.0.0.1 for tests: it accepts (or, when told to,
 * rejects) whatever is sent to it and keeps every message, parsed.
 *
 *   const sink = await startSmtpSink();
 *   process.env.SMTP_URL = sink.url;        // delivery reads it on every run
 *   await deliverDueEmails(new Date());     // or pass { smtpUrl: sink.url }
 *   const [mail] = await sink.waitForMessages(1);
 *   rawHeader(mail, "List-Unsubscribe");    // the header as sent, unfolded
 *   mail.headerLines;                       // every raw header line
 *   await sink.close();
 *
 * mailparser folds List-* headers into one parsed `list` object
 * (mail.headers.get("list")), so read those with rawHeader.
 *
 * No TLS (STARTTLS is not offered), authentication optional.
 */
export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Every message accepted, in order of arrival. */
  messages: ParsedMail[];
  /** The raw source of each message in `messages`, same order. */
  rawMessages: string[];
  /** The RCPT TO addresses of each message in `messages`, same order. */
  envelopes: { from: string; to: string[] }[];
  /** Resolves once at least `count` messages have arrived; rejects after timeoutMs (default 5 s). */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Answers the next `count` messages (Infinity: all, 0: none) with a temporary 451 failure. */
  rejectNext(count: number): void;
  /** Forgets every message so far and stops rejecting: a fresh start for the next test. */
  clear(): void;
  close(): Promise<void>;
}

/** A header's value as sent (continuation lines unfolded), or undefined. */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  if (line === undefined) return undefined;
  return line
    .slice(line.indexOf(":") + 1)
    .replace(/\r?\n(?=[ \t])/g, "")
    .trim();
}

/**
 * `spoolDir`: also write each accepted message there as `<n>.eml`, for a
 * reader in another process (the e2e suite's mailbox, e2e/mailbox.ts).
 */
export async function startSmtpSink(options: { spoolDir?: string } = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const rawMessages: string[] = [];
  const envelopes: { from: string; to: string[] }[] = [];
  const waiters = new Set<() => void>();
  let rejecting = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 500,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        if (rejecting > 0) {
          rejecting--;
          const error = Object.assign(new Error("Try again later (test sink)"), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (parsed) => {
            messages.push(parsed);
            rawMessages.push(raw);
            if (options.spoolDir) {
              const name = `${String(rawMessages.length).padStart(6, "0")}.eml`;
              fs.writeFileSync(path.join(options.spoolDir, name), raw);
            }
            const from = session.envelope.mailFrom;
            envelopes.push({
              from: from ? from.address : "",
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("smtp sink has no port"));
    });
  });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rawMessages,
    envelopes,
    waitForMessages(count, timeoutMs = 5_000) {
      if (messages.length >= count) return Promise.resolve(messages.slice());
      return new Promise((resolve, reject) => {
        const wake = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(messages.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(
            new Error(`smtp sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`),
          );
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    rejectNext(count) {
      rejecting = count;
    },
    clear() {
      messages.length = 0;
      rawMessages.length = 0;
      envelopes.length = 0;
      rejecting = 0;
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
