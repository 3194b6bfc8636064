import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const SECRET_FILE = path.join(".data", "auth-secret");

/**
 * The key that signs staff sessions. Production sets AUTH_SECRET (the same on
 * every instance); a local newsroom gets one generated on first use and kept
 * beside its database, so sessions survive restarts without any setup.
 */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  try {
    const stored = readFileSync(SECRET_FILE, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
  return secret;
}
