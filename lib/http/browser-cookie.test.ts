import { afterEach, describe, expect, it, vi } from "vitest";
import { readCookie } from "./browser-cookie";

afterEach(() => vi.unstubAllGlobals());

describe("readCookie", () => {
  it("reads a cookie by its whole name, not a name it starts or ends with", () => {
    vi.stubGlobal("document", {
      cookie: "newsroom-reader-session=x; newsroom-staff=1; a-newsroom-reader=0; newsroom-reader=1",
    });
    expect(readCookie("newsroom-reader")).toBe("1");
    expect(readCookie("newsroom-staff")).toBe("1");
    expect(readCookie("newsroom-member")).toBeNull();
  });

  it("keeps an equals sign inside the value, and reads an empty value as empty", () => {
    vi.stubGlobal("document", { cookie: "token=a=b; empty=" });
    expect(readCookie("token")).toBe("a=b");
    expect(readCookie("empty")).toBe("");
  });
});
