import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

/**
 * One SMTP sink for the calling test file (or describe block): started before
 * its tests, cleared before each, closed after the last. The sink only exists
 * once the tests start, so the object returned reads through to it.
 */
export function smtpSinkForTests(): SmtpSink {
  let started: SmtpSink | undefined;
  const live = (): SmtpSink => {
    if (!started) throw new Error("smtp sink: used outside the tests that start it");
    return started;
  };
  beforeAll(async () => {
    started = await startSmtpSink();
  });
  beforeEach(() => live().clear());
  afterAll(() => live().close());
  return {
    get port() {
      return live().port;
    },
    get url() {
      return live().url;
    },
    get messages() {
      return live().messages;
    },
    get rawMessages() {
      return live().rawMessages;
    },
    get envelopes() {
      return live().envelopes;
    },
    waitForMessages: (count, timeoutMs) => live().waitForMessages(count, timeoutMs),
    rejectNext: (count) => live().rejectNext(count),
    clear: () => live().clear(),
    close: () => live().close(),
  };
}
