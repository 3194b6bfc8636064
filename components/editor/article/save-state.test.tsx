import { describe, expect, it } from "vitest";
import { formatSavedTime, saveStateText, type SaveStateInput } from "./save-state";

const now = new Date("2026-03-05T12:30:00Z");
const base: SaveStateInput = {
  saving: false,
  dirty: false,
  problem: null,
  savedAt: null,
  readOnly: false,
};

describe("saveStateText", () => {
  it("says when the work was saved", () => {
    expect(saveStateText({ ...base, savedAt: "2026-03-05T12:04:10Z" }, now, "UTC")).toBe(
      "Saved 12:04 PM",
    );
    expect(saveStateText(base, now, "UTC")).toBe("Saved");
  });

  it("puts saving before problems and problems before unsaved changes", () => {
    expect(
      saveStateText({ ...base, saving: true, problem: "offline", dirty: true }, now, "UTC"),
    ).toBe("Saving…");
    expect(saveStateText({ ...base, problem: "offline", dirty: true }, now, "UTC")).toBe(
      "Offline — kept on this device",
    );
    expect(
      saveStateText({ ...base, dirty: true, savedAt: "2026-03-05T12:04:10Z" }, now, "UTC"),
    ).toBe("Unsaved changes");
  });

  it("says read only for those who cannot edit", () => {
    expect(saveStateText({ ...base, readOnly: true, dirty: true }, now, "UTC")).toBe("Read only");
  });
});

describe("formatSavedTime", () => {
  it("adds the day or the year when they differ from today", () => {
    expect(formatSavedTime("2026-03-05T09:07:00Z", now, "UTC")).toBe("9:07 AM");
    expect(formatSavedTime("2026-03-03T09:07:00Z", now, "UTC")).toBe("March 3, 9:07 AM");
    expect(formatSavedTime("2025-12-31T23:59:00Z", now, "UTC")).toBe("Dec. 31, 2025 11:59 PM");
  });

  it("uses the newsroom's zone, whatever the browser's", () => {
    expect(formatSavedTime("2026-03-05T12:04:00Z", now, "Europe/Kyiv")).toBe("2:04 PM");
  });
});
