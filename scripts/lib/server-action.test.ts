import { describe, expect, it } from "vitest";
import { ActionThrew, encodeActionArgs, parseActionReply } from "./server-action";

describe("encodeActionArgs", () => {
  it("doubles a leading $ as React does, so text is not read as a reference", () => {
    expect(encodeActionArgs([{ title: "$5 lunch", body: ["a$"] }])).toBe(
      '[{"title":"$$5 lunch","body":["a$"]}]',
    );
  });
});

describe("parseActionReply", () => {
  it("reads the action's result through references between rows", () => {
    const body =
      '0:{"a":"$@1","b":"build"}\n1:{"ok":true,"data":"$2","note":"$$x"}\n2:{"version":4}\n';
    expect(parseActionReply(body)).toEqual({ ok: true, data: { version: 4 }, note: "$x" });
  });

  it("reads text rows by their byte length", () => {
    const body = '0:{"a":"$@1"}\n1:T6,héllo\n';
    expect(parseActionReply(body)).toBe("héllo");
  });

  it("turns an action that threw into ActionThrew", () => {
    const body = '0:{"a":"$@1"}\n1:E{"digest":"42"}\n';
    expect(() => parseActionReply(body)).toThrow(ActionThrew);
  });

  it("refuses an answer without a result, as when the action id is unknown", () => {
    expect(() => parseActionReply('0:{"b":"build"}\n')).toThrow(/no action result/);
  });
});
