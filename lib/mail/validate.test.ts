import { describe, expect, it } from "vitest";
import {
  checkAddress,
  checkHeaders,
  checkIdempotencyKey,
  checkMailbox,
  checkSubject,
  formatMailbox,
  InvalidEmailError,
  isEmailAddress,
} from "./validate";

describe("addresses", () => {
  it("accepts one plain address, including local and international domains", () => {
    for (const address of [
      "reader@example.org",
      "first.last+news@mail.example.co.uk",
      "newsroom@localhost",
      "zoë@exämple.de",
    ]) {
      expect(isEmailAddress(address), address).toBe(true);
    }
  });

  it("refuses lists, display names, line breaks and junk", () => {
    for (const value of [
      "",
      "reader",
      "@example.org",
      "reader@",
      "reader@.org",
      "a@example.org, b@example.org",
      "a@example.org;b@example.org",
      "Reader <reader@example.org>",
      "reader@example.org\r\nBcc: x@example.org",
      "reader@example.org\nX: y",
      "re ader@example.org",
      `${"x".repeat(250)}@example.org`,
    ]) {
      expect(isEmailAddress(value), JSON.stringify(value)).toBe(false);
      expect(() => checkAddress(value, "to")).toThrow(InvalidEmailError);
    }
    expect(() => checkAddress(42, "to")).toThrow(InvalidEmailError);
  });
});

describe("mailboxes", () => {
  it("keeps a plain name and quotes one that could be read as more than a name", () => {
    expect(checkMailbox("The Harbour Gazette <desk@gazette.example>", "from")).toBe(
      "The Harbour Gazette <desk@gazette.example>",
    );
    expect(checkMailbox("desk@gazette.example", "from")).toBe("desk@gazette.example");
    expect(checkMailbox("<desk@gazette.example>", "from")).toBe("desk@gazette.example");
    expect(checkMailbox('"Smith, Jo" <jo@example.org>', "from")).toBe(
      '"Smith, Jo" <jo@example.org>',
    );
    expect(formatMailbox("Gazette, Inc.", "desk@gazette.example")).toBe(
      '"Gazette, Inc." <desk@gazette.example>',
    );
    expect(formatMailbox('Say "hi"', "a@example.org")).toBe('"Say \\"hi\\"" <a@example.org>');
    expect(formatMailbox("", "a@example.org")).toBe("a@example.org");
  });

  it("refuses two addresses or a line break", () => {
    for (const value of [
      "Desk <desk@example.org>, Other <other@example.org>",
      "Desk <desk@example.org>\r\nBcc: x@example.org",
      "Desk <a@example.org, b@example.org>",
      "Desk <>",
      '"a" <a@example.org>, "b" <b@example.org>',
    ]) {
      expect(() => checkMailbox(value, "from"), value).toThrow(InvalidEmailError);
    }
  });
});

describe("subjects and headers", () => {
  it("wants a subject on one line", () => {
    expect(checkSubject("Your sign-in link")).toBe("Your sign-in link");
    expect(() => checkSubject("")).toThrow(InvalidEmailError);
    expect(() => checkSubject("Hi\r\nBcc: x@example.org")).toThrow(InvalidEmailError);
    expect(() => checkSubject("x".repeat(501))).toThrow(InvalidEmailError);
  });

  it("passes List-Unsubscribe headers through", () => {
    const headers = {
      "List-Unsubscribe": "<https://news.example/unsubscribe?t=abc>, <mailto:unsub@news.example>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    };
    expect(checkHeaders(headers)).toEqual(headers);
    expect(checkHeaders(undefined)).toEqual({});
  });

  it("refuses injected lines, bad names, reserved and repeated headers", () => {
    const bad: unknown[] = [
      { "X-Note": "ok\r\nBcc: x@example.org" },
      { "X-Note": "ok\nX: y" },
      { "X-Note": "nul\0" },
      { "X Note": "space in the name" },
      { "X:Note": "colon in the name" },
      { "X-Ñote": "not ASCII" },
      { Bcc: "x@example.org" },
      { "message-id": "<mine@example.org>" },
      { Subject: "another" },
      { "Reply-To": "x@example.org" },
      { "X-Note": "a", "x-note": "b" },
      { "X-Count": 3 },
      ["List-Unsubscribe", "<https://x>"],
      "List-Unsubscribe: <https://x>",
      null,
    ];
    for (const headers of bad) {
      expect(() => checkHeaders(headers), JSON.stringify(headers)).toThrow(InvalidEmailError);
    }
  });

  it("wants an idempotency key to be a sensible string", () => {
    expect(checkIdempotencyKey(undefined)).toBeNull();
    expect(checkIdempotencyKey("issue:1:subscriber:2")).toBe("issue:1:subscriber:2");
    expect(() => checkIdempotencyKey("")).toThrow(InvalidEmailError);
    expect(() => checkIdempotencyKey("x".repeat(301))).toThrow(InvalidEmailError);
  });
});
