import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, actingStaff } from "./acting-staff";
import { truncateAll } from "./database";
import { createStaff } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

/**
 * A body that never ends on its own, sent in chunks without a declared
 * length, as an attacker would: it counts how much the server pulled.
 */
function endlessBody(chunkBytes = 64 * 1024, totalBytes = 200 * 1024 * 1024) {
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

function chunkedRequest(path: string, type: string, stream: ReadableStream<Uint8Array>) {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: {
      "content-type": type,
      "sec-fetch-site": "same-origin",
      "x-newsroom-client-address": "198.51.100.9",
    },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

beforeAll(async () => {
  await truncateAll();
});

describe("request bodies are read within each route's limit", () => {
  const anonymous: [string, string, () => Promise<{ POST: (r: Request) => Promise<Response> }>][] =
    [
      ["/api/comments", "application/json", () => import("@/app/api/comments/route")],
      [
        "/api/reader-auth/request",
        "application/x-www-form-urlencoded",
        () => import("@/app/api/reader-auth/request/route"),
      ],
      [
        "/api/newsletters/subscribe",
        "application/x-www-form-urlencoded",
        () => import("@/app/api/newsletters/subscribe/route"),
      ],
      [
        "/api/newsletters/manage-link",
        "application/x-www-form-urlencoded",
        () => import("@/app/api/newsletters/manage-link/route"),
      ],
      [
        "/api/auth/callback/credentials",
        "application/json",
        () =>
          import("@/app/api/auth/[...nextauth]/route") as unknown as Promise<{
            POST: (r: Request) => Promise<Response>;
          }>,
      ],
    ];

  it.each(anonymous)(
    "%s answers a 200 MB chunked body with 413, having read only its limit",
    async (path, type, load) => {
      const { POST } = await load();
      const { stream, counter } = endlessBody();
      const response = await (POST as (r: Request, c?: unknown) => Promise<Response>)(
        chunkedRequest(path, type, stream),
        { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
      );
      expect(response.status).toBe(413);
      expect(response.headers.get("connection")).toBe("close");
      expect(counter.pulled).toBeLessThanOrEqual(256 * 1024);
    },
  );

  it("refuses a declared length over the limit before reading a byte", async () => {
    const { POST } = await import("@/app/api/comments/route");
    const { stream, counter } = endlessBody();
    const request = new Request("http://localhost:3000/api/comments", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": String(700 * 1024 * 1024),
        "sec-fetch-site": "same-origin",
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await POST(request)).status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("answers malformed JSON to the sign-in callback with 400, not 500", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const request = new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email": "admin@example.com", "password": ',
    });
    const response = await POST(request, {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "invalid" });
  });

  it("cuts off a chunked staff upload at the media limit", async () => {
    actAs(await createStaff({ role: "AUTHOR" }));
    const { POST } = await import("@/app/api/editor/media/route");
    const { stream, counter } = endlessBody(1024 * 1024);
    const response = await POST(
      chunkedRequest("/api/editor/media", "multipart/form-data; boundary=x", stream),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      fieldErrors: { file: "The file is larger than the limit of 25 MB." },
    });
    expect(counter.pulled).toBeLessThanOrEqual(27 * 1024 * 1024);
  });

  it("reads nothing of an upload from someone without the permission", async () => {
    actAs(await createStaff({ role: "AUTHOR" }));
    const { POST } =
      await import("@/app/(editor)/editor/newsletters/subscribers/import/file/route");
    const { stream, counter } = endlessBody();
    const response = await POST(chunkedRequest("/editor/import", "multipart/form-data", stream));
    expect(response.status).toBe(403);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
  });
});
