/**
 * The edges a change is purged at (EDGE_PURGE_URLS), and how to purge each:
 * Varnish nodes by xkey over HTTP, Fastly and Cloudflare through their APIs.
 * Every adapter purges softly where the edge can (the stale copy is served
 * while a fresh one is fetched), and throws on anything but success so the
 * queue tries again (lib/edge/purge-queue.ts).
 */
export type EdgeTarget =
  | { kind: "varnish"; id: string; url: string }
  | { kind: "fastly"; id: string; serviceId: string }
  | { kind: "cloudflare"; id: string; zoneId: string };

export function parseEdgeTargets(urls: readonly string[]): EdgeTarget[] {
  return urls.map((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "fastly:") {
      return { kind: "fastly", id: url, serviceId: parsed.hostname || parsed.pathname };
    }
    if (parsed.protocol === "cloudflare:") {
      return { kind: "cloudflare", id: url, zoneId: parsed.hostname || parsed.pathname };
    }
    return { kind: "varnish", id: url, url };
  });
}

export interface PurgeOptions {
  fastlyToken?: string;
  cloudflareToken?: string;
  /** API origins, overridable for tests (a local server standing in for the CDN). */
  fastlyApi?: string;
  cloudflareApi?: string;
  timeoutMs?: number;
}

/** Splits tags into groups whose joined length and count stay within an edge's limits. */
export function batchesOf(tags: readonly string[], maxBytes: number, maxCount: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const tag of tags) {
    if (current.length && (bytes + tag.length + 1 > maxBytes || current.length >= maxCount)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(tag);
    bytes += tag.length + 1;
  }
  if (current.length) batches.push(current);
  return batches;
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (response.ok) return;
  const text = (await response.text().catch(() => "")).slice(0, 200);
  throw new Error(`${what} answered ${response.status}${text ? `: ${text}` : ""}`);
}

/** Purges these tags at one edge, softly; throws unless the edge took all of them. */
export async function purgeAt(
  target: EdgeTarget,
  tags: readonly string[],
  options: PurgeOptions = {},
): Promise<void> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  switch (target.kind) {
    case "varnish":
      // vmod-xkey: one header of space-separated keys (deploy/varnish/default.vcl).
      for (const batch of batchesOf(tags, 6_000, 1_000)) {
        const response = await fetch(target.url, {
          method: "PURGE",
          headers: { "xkey-purge": batch.join(" ") },
          signal,
        });
        await expectOk(response, `Varnish at ${target.url}`);
      }
      return;
    case "fastly": {
      if (!options.fastlyToken) throw new Error("EDGE_FASTLY_TOKEN is not set");
      const api = options.fastlyApi ?? "https://api.fastly.com";
      // Up to 256 keys per call.
      for (const batch of batchesOf(tags, 16_000, 256)) {
        const response = await fetch(
          `${api}/service/${encodeURIComponent(target.serviceId)}/purge`,
          {
            method: "POST",
            headers: {
              "Fastly-Key": options.fastlyToken,
              "Fastly-Soft-Purge": "1",
              "Surrogate-Key": batch.join(" "),
              Accept: "application/json",
            },
            signal,
          },
        );
        await expectOk(response, "Fastly");
      }
      return;
    }
    case "cloudflare": {
      if (!options.cloudflareToken) throw new Error("EDGE_CLOUDFLARE_TOKEN is not set");
      const api = options.cloudflareApi ?? "https://api.cloudflare.com";
      // Up to 30 tags per call.
      for (const batch of batchesOf(tags, 16_000, 30)) {
        const response = await fetch(
          `${api}/client/v4/zones/${encodeURIComponent(target.zoneId)}/purge_cache`,
          {
            method: "POST",
            headers: {
              Authorization: `Bearer ${options.cloudflareToken}`,
              "Content-Type": "application/json",
            },
            body: JSON.stringify({ tags: batch }),
            signal,
          },
        );
        await expectOk(response, "Cloudflare");
      }
      return;
    }
  }
}
