import fs from "node:fs";
import path from "node:path";

/**
 * Calling a server action over HTTP as the browser does: a POST to the page
 * that uses it, with the action's id in `Next-Action`, the arguments
 * encoded as React encodes a reply without files (JSON, with strings that
 * start with "$" escaped), and the answer in React's flight format.
 */

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/**
 * The id Next gave an exported action in this build
 * (`server/server-reference-manifest.json` of the build folder).
 */
export function findActionId(distDir: string, file: string, exportedName: string): string {
  const manifestPath = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node?: Record<string, ManifestEntry>;
  };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportedName && entry.filename?.replace(/\\/g, "/").endsWith(file)) {
      return id;
    }
  }
  throw new Error(`No server action ${exportedName} from ${file} in ${manifestPath}.`);
}

/** Strings that begin with "$" mean something else to React, so it doubles the "$". */
function escapeStrings(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, escapeStrings(item)]),
    );
  }
  return value;
}

/** The request body for an action called with `args` (plain data, no files or dates). */
export function encodeActionArgs(args: unknown[]): string {
  return JSON.stringify(escapeStrings(args));
}

/** Splits a flight answer into its rows: id → the row's raw JSON text, or text for "T" rows. */
export function flightRows(body: Buffer): Map<string, { tag: string; data: string }> {
  const rows = new Map<string, { tag: string; data: string }>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString("latin1").trim();
    let cursor = colon + 1;
    const tagChar = String.fromCharCode(body[cursor] ?? 0);
    if (tagChar === "T") {
      const comma = body.indexOf(0x2c, cursor);
      const length = parseInt(body.subarray(cursor + 1, comma).toString("latin1"), 16);
      rows.set(id, {
        tag: "T",
        data: body.subarray(comma + 1, comma + 1 + length).toString("utf8"),
      });
      at = comma + 1 + length;
      continue;
    }
    const tag = /[A-Z]/.test(tagChar) ? tagChar : "";
    if (tag) cursor++;
    const newline = body.indexOf(0x0a, cursor);
    const end = newline < 0 ? body.length : newline;
    rows.set(id, { tag, data: body.subarray(cursor, end).toString("utf8") });
    at = end + 1;
  }
  return rows;
}

export class ActionThrew extends Error {}

/**
 * The value the action returned. Handles what our actions return (objects,
 * arrays, strings, numbers, booleans, null, undefined) and references
 * between rows; an action that threw becomes ActionThrew.
 */
export function parseActionReply(body: Buffer | string): unknown {
  const rows = flightRows(typeof body === "string" ? Buffer.from(body) : body);
  const resolving = new Set<string>();
  const rowValue = (id: string): unknown => {
    const row = rows.get(id);
    if (!row) throw new Error(`The action's answer has no row ${id}.`);
    if (row.tag === "T") return row.data;
    if (row.tag === "E") throw new ActionThrew(`The action threw: ${row.data.slice(0, 300)}`);
    if (row.tag) throw new Error(`Unexpected row ${id}:${row.tag} in the action's answer.`);
    if (resolving.has(id)) throw new Error(`Row ${id} refers to itself.`);
    resolving.add(id);
    const value = resolve(JSON.parse(row.data));
    resolving.delete(id);
    return value;
  };
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith("$")) {
      if (value.startsWith("$$")) return value.slice(1);
      if (value === "$undefined") return undefined;
      if (value.startsWith("$D")) return value.slice(2);
      const reference = /^\$@?([0-9a-f]+)$/.exec(value);
      if (reference) return rowValue(reference[1]!);
      return value;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item)]));
    }
    return value;
  };
  // Only the result is read: the rest of row 0 (a refreshed page, if any) is not ours.
  const first = rows.get("0");
  const root = first && !first.tag ? (JSON.parse(first.data) as { a?: unknown } | null) : null;
  if (!root || typeof root !== "object" || !("a" in root)) {
    throw new Error("The answer carries no action result (was the action id recognised?).");
  }
  return resolve(root.a);
}
