import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Stripe's API on 127.0.0.1, for tests: the app's own
 * `stripe` client talks to it through STRIPE_API_BASE. It answers the two
 * calls the site makes (a Checkout session, a billing portal session), keeps
 * what was asked, and serves the "hosted" pages it hands out as plain HTML.
 *
 *   const stub = await startStripeStub();
 *   env.STRIPE_API_BASE = stub.url;
 *   stub.requests;        // [{ path: "/v1/checkout/sessions", params: {...} }]
 *
 * `spoolFile`: also write every request there as JSON, for a reader in
 * another process (the e2e suite).
 */
export interface StubRequest {
  method: string;
  path: string;
  /** The form body, flattened as Stripe's client sends it ("metadata[tierId]"). */
  params: Record<string, string>;
  /** The Authorization header's key, without "Bearer ". */
  key: string;
}

export interface StripeStub {
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

export const STUB_CHECKOUT_TITLE = "Stripe Checkout (test stand-in)";

export async function startStripeStub(options: { spoolFile?: string } = {}): Promise<StripeStub> {
  const requests: StubRequest[] = [];
  let count = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
      const key = (request.headers.authorization ?? "").replace(/^Bearer /, "");
      if (url.pathname.startsWith("/v1/")) {
        requests.push({ method: request.method ?? "GET", path: url.pathname, params, key });
        if (options.spoolFile) {
          fs.mkdirSync(path.dirname(options.spoolFile), { recursive: true });
          fs.writeFileSync(options.spoolFile, JSON.stringify(requests, null, 2));
        }
      }
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { "Content-Type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const id = `cs_test_${++count}`;
        return json(200, {
          id,
          object: "checkout.session",
          mode: params.mode,
          client_reference_id: params.client_reference_id ?? null,
          url: `${base}/pay/${id}`,
        });
      }
      if (request.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
        const id = `bps_test_${++count}`;
        return json(200, {
          id,
          object: "billing_portal.session",
          customer: params.customer,
          url: `${base}/portal/${id}`,
        });
      }
      if (request.method === "GET" && /^\/(pay|portal)\//.test(url.pathname)) {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return response.end(
          `<!doctype html><html lang="en"><title>${STUB_CHECKOUT_TITLE}</title><h1>${STUB_CHECKOUT_TITLE}</h1><p>${url.pathname}</p></html>`,
        );
      }
      json(404, { error: { type: "invalid_request_error", message: "Unknown stub route" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
