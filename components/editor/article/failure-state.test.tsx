import { describe, expect, it } from "vitest";
import { failureState } from "./failure-state";
import { testFields } from "@/lib/articles/editing/test-fields";

const conflict = {
  version: 7,
  status: "DRAFT" as const,
  fields: testFields(),
  updatedBy: "Olena Petrenko",
  updatedAt: "2026-03-05T12:04:00Z",
};

describe("failureState", () => {
  it("opens the conflict screen with the other version", () => {
    expect(
      failureState({ ok: false, code: "conflict", error: "x", conflict }, "save", false),
    ).toMatchObject({ problem: "conflict", conflict, summary: false });
  });

  it("keeps the work and explains an ended session or a deleted article", () => {
    expect(
      failureState({ ok: false, code: "unauthenticated", error: "x" }, "save", true).problem,
    ).toBe("signed-out");
    expect(
      failureState({ ok: false, code: "not-found", error: "x" }, "transition", true).problem,
    ).toBe("missing");
  });

  it("shows field errors always, and the summary only after an explicit action", () => {
    const invalid = {
      ok: false as const,
      code: "invalid" as const,
      error: "Check",
      fieldErrors: { title: "Enter a headline." },
    };
    expect(failureState(invalid, "save", false)).toEqual({
      message: "Check",
      problem: "invalid",
      fieldErrors: { title: "Enter a headline." },
      summary: false,
    });
    expect(failureState(invalid, "save", true).summary).toBe(true);
  });

  it("does not call a refused workflow move a failed save", () => {
    const refused = failureState(
      { ok: false, code: "invalid", error: "Add at least one byline before publishing." },
      "transition",
      true,
    );
    expect(refused.problem).toBeUndefined();
    expect(refused.summary).toBe(true);
    expect(failureState({ ok: false, code: "forbidden", error: "No" }, "transition", true)).toEqual(
      {
        message: "No",
        summary: true,
      },
    );
  });
});
