import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { applyBodyLength, BODY_LENGTH_HEADER } from "./body-length";
import { filterResponse } from "./response-filter";

function response() {
  const req = new IncomingMessage(new Socket());
  req.url = "/media/audio/ab/x.mp3";
  return { req, res: new ServerResponse(req) };
}

const options = {
  surrogateStyle: "xkey" as const,
  surrogateMaxBytes: 8_000,
  development: false,
  https: false,
  hstsSeconds: 0,
};

describe("body lengths named by handlers", () => {
  it("become Content-Length as the app server sends the headers", () => {
    const { req, res } = response();
    filterResponse(req, res, options);
    res.setHeader("content-type", "audio/mpeg");
    res.setHeader(BODY_LENGTH_HEADER, "1234");
    res.writeHead(200);
    expect(res.getHeader("content-length")).toBe("1234");
    expect(res.hasHeader(BODY_LENGTH_HEADER)).toBe(false);
  });

  it("are dropped, not applied, when the body is framed otherwise", () => {
    for (const [name, value] of [
      ["content-encoding", "gzip"],
      ["transfer-encoding", "chunked"],
      ["content-length", "10"],
    ] as const) {
      const { res } = response();
      res.setHeader(name, value);
      res.setHeader(BODY_LENGTH_HEADER, "1234");
      applyBodyLength(res);
      expect(res.getHeader("content-length"), name).toBe(
        name === "content-length" ? "10" : undefined,
      );
      expect(res.hasHeader(BODY_LENGTH_HEADER)).toBe(false);
    }
    const { res } = response();
    res.setHeader(BODY_LENGTH_HEADER, "12; drop table");
    applyBodyLength(res);
    expect(res.hasHeader("content-length")).toBe(false);
  });
});
