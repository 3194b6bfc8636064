import { describe, expect, it } from "vitest";
import { EDITIONS } from "./editions";
import { messagesFor } from "./messages";

describe("message catalogues", () => {
  it("give every edition the same keys", () => {
    const keys = Object.keys(messagesFor("en")).sort();
    for (const edition of EDITIONS) expect(Object.keys(messagesFor(edition)).sort()).toEqual(keys);
  });

  it("speak the edition's language", () => {
    expect(messagesFor("en").minRead(3)).toBe("3 min read");
    expect(messagesFor("uk").minRead(3)).toBe("3 хв читання");
    expect(messagesFor("uk").readIn.en).toBe("Читати англійською");
    expect(messagesFor("en").readIn.uk).toBe("Read in Ukrainian");
  });
});
