import { createHash } from "node:crypto";
import { buildNarrationScript, scriptText, type ScriptInput } from "./build-script";

/**
 * What a narration reads, as one hash: two versions of an article that would
 * sound the same (a changed SEO description, a republish) share it, so the
 * second is not narrated again.
 */
export function hashScriptText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function scriptHash(input: ScriptInput): string {
  return hashScriptText(scriptText(buildNarrationScript(input)));
}
