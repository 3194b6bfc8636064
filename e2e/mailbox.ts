import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { e2eDataDir } from "./data-dir";

/**
 * The mail the e2e server sent, as a real SMTP server on loopback received
 * it (scripts/e2e-server.ts keeps each message in the data folder).
 */
const spool = () => path.resolve(e2eDataDir(process.env.E2E_PORT), "mail");

/**
 * The text and headers of the newest message to `address` (whose subject
 * contains `subject`, when given), once one has arrived.
 */
async function newestMailTo(
  address: string,
  subject?: string,
  timeoutMs = 20_000,
): Promise<string> {
  let found = "";
  await expect(async () => {
    const files = fs
      .readdirSync(spool())
      .filter((name) => name.endsWith(".eml"))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(spool(), file)));
      const to = [mail.to].flat().flatMap((entry) => entry?.value ?? []);
      const about = subject === undefined || (mail.subject ?? "").includes(subject);
      if (
        about &&
        to.some((recipient) => recipient.address?.toLowerCase() === address.toLowerCase())
      ) {
        // The plain text and the headers (List-Unsubscribe carries a link too).
        found = [mail.text ?? "", ...mail.headerLines.map((header) => header.line)].join("\n");
        return;
      }
    }
    throw new Error(`no mail to ${address} yet`);
  }).toPass({ timeout: timeoutMs });
  return found;
}

/**
 * A link from the newest mail to `address` whose path starts with
 * `pathPrefix`; `subject` picks one of several messages (a sign-up for two
 * newsletters sends two confirmations).
 */
export async function linkFromMail(
  address: string,
  pathPrefix: string,
  subject?: string,
): Promise<string> {
  const text = await newestMailTo(address, subject);
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s<>]*${escaped}[^\\s<>]*`).exec(text);
  expect(match, `a ${pathPrefix} link in the mail to ${address}`).not.toBeNull();
  return match![0];
}
