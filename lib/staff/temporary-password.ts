import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: the password is read off a screen and typed by hand once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * A one-time password for a new or reset account: 20 characters from a
 * 31-letter alphabet (about 99 bits), in groups of five so it can be read
 * out and typed without mistakes.
 */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = "";
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
