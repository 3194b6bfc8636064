import http from "node:http";

export type RawReply = http.IncomingMessage & { body: Buffer };

/**
 * A request to a test server that keeps the reply as sent: headers as they
 * are and the body as bytes (no decompression, no redirects followed).
 */
export function requestRaw(
  url: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<RawReply> {
  return new Promise<RawReply>((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve(Object.assign(response, { body: Buffer.concat(chunks) })));
    });
    request.on("error", reject);
    request.end();
  });
}

/** The response filter's settings in the server tests: xkey, plain HTTP, production. */
export const filterOptions = {
  surrogateStyle: "xkey" as const,
  surrogateMaxBytes: 4000,
  development: false,
  https: false,
  hstsSeconds: 0,
};
