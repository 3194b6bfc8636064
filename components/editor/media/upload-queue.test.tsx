import { describe, expect, it } from "vitest";
import { precheckFile, queueFile, queueSummary } from "./upload-queue";

const file = (size: number, type: string) => new File([new Uint8Array(size)], "x", { type });

describe("checks before sending", () => {
  it("refuses a file over the limit, saying its size", () => {
    expect(precheckFile({ size: 30 * 1024 * 1024, type: "image/jpeg" })).toBe(
      "The file is 30 MB; the limit is 25 MB.",
    );
  });

  it("refuses what the browser calls plainly not an image, and leaves the rest to the server", () => {
    expect(precheckFile({ size: 10, type: "application/pdf" })).toMatch(/not an image file/);
    // A PNG named .jpg is still declared an image; the server reads its bytes.
    expect(precheckFile({ size: 10, type: "image/jpeg" })).toBeNull();
    expect(precheckFile({ size: 10, type: "" })).toBeNull();
  });

  it("makes no preview of a refused file", () => {
    let previews = 0;
    const make = () => `blob:${++previews}`;
    expect(queueFile(1, file(10, "text/plain"), make)).toMatchObject({
      status: "failed",
      preview: null,
    });
    expect(queueFile(2, file(10, "image/png"), make)).toMatchObject({
      status: "ready",
      preview: "blob:1",
    });
  });
});

describe("queueSummary", () => {
  it("counts what was stored, found already and refused", () => {
    expect(queueSummary([])).toBe("");
    expect(queueSummary([{ status: "ready" }, { status: "ready" }])).toBe(
      "0 of 2 images uploaded.",
    );
    expect(queueSummary([{ status: "done" }, { status: "duplicate" }, { status: "failed" }])).toBe(
      "2 of 3 images uploaded, 1 already in the library, 1 failed.",
    );
    expect(queueSummary([{ status: "done" }, { status: "uploading" }, { status: "ready" }])).toBe(
      "Uploading image 2 of 3…",
    );
  });
});
