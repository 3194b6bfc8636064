import { describe, expect, it } from "vitest";
import { judgeComments, judgeSaves, judgeSignUps, Ledger, lostWrites } from "./soak-ledger";

function savesLedger() {
  const ledger = new Ledger();
  ledger.save({ articleId: "a", version: 2, mode: "autosave", marker: "M2" });
  ledger.save({ articleId: "a", version: 3, mode: "save", marker: "M3" });
  return ledger;
}

describe("judgeSaves", () => {
  it("passes when the article holds the last save and each save's revision its text", () => {
    const checks = judgeSaves(
      savesLedger(),
      [{ id: "a", version: 3, body: '{"text":"M3"}' }],
      [{ articleId: "a", version: 3, snapshot: '{"body":"M3"}' }],
    );
    expect(checks.map((check) => check.found)).toEqual([2, 1]);
    expect(checks.map((check) => check.acknowledged)).toEqual([2, 1]);
  });

  it("finds a save lost when the article went back a version", () => {
    const [saves, latest] = judgeSaves(
      savesLedger(),
      [{ id: "a", version: 2, body: "M2" }],
      [{ articleId: "a", version: 3, snapshot: "M3" }],
    );
    expect(saves!.found).toBe(1);
    expect(saves!.missing[0]).toMatch(/v3 \(save\): article at v2/);
    expect(latest!.found).toBe(0);
  });

  it("finds a deliberate save whose revision lacks its text", () => {
    const [saves] = judgeSaves(
      savesLedger(),
      [{ id: "a", version: 3, body: "M3" }],
      [{ articleId: "a", version: 3, snapshot: "something else" }],
    );
    expect(saves!.missing).toEqual(["a v3 (save): no revision with its text"]);
  });

  it("does not hold the article to its last save after an unanswered one", () => {
    const ledger = savesLedger();
    ledger.unanswered("a");
    const [, latest] = judgeSaves(
      ledger,
      [{ id: "a", version: 4, body: "M4" }],
      [{ articleId: "a", version: 3, snapshot: "M3" }],
    );
    expect(latest).toMatchObject({ acknowledged: 0, found: 0 });
  });
});

describe("judgeSignUps and judgeComments", () => {
  it("counts a sign-up only with its subscription and its queued mail", () => {
    const check = judgeSignUps(
      [
        { email: "one@example.com", newsletter: "daily" },
        { email: "two@example.com", newsletter: "daily" },
        { email: "three@example.com", newsletter: "weekly" },
      ],
      [
        { email: "one@example.com", newsletter: "daily", mail: true },
        { email: "two@example.com", newsletter: "daily", mail: false },
        { email: "three@example.com", newsletter: "daily", mail: true },
      ],
    );
    expect(check.found).toBe(1);
    expect(check.missing).toEqual(["two@example.com daily", "three@example.com weekly"]);
  });

  it("finds a comment missing or stored with another body", () => {
    const check = judgeComments(
      [
        { id: "c1", body: "first" },
        { id: "c2", body: "second" },
        { id: "c3", body: "third" },
      ],
      [
        { id: "c1", body: "first" },
        { id: "c2", body: "changed" },
      ],
    );
    expect(check.found).toBe(1);
    expect(check.missing).toEqual(["c2 (body differs)", "c3"]);
  });
});

describe("lostWrites", () => {
  it("adds what each check missed to the anomalies seen on the way", () => {
    const ledger = new Ledger();
    ledger.anomalies.push("conflict against our own version");
    const checks = [
      { name: "x", acknowledged: 3, found: 3, missing: [] },
      { name: "y", acknowledged: 4, found: 2, missing: [] },
    ];
    expect(lostWrites(checks, ledger)).toBe(3);
  });
});
