import { describe, expect, it } from "vitest";
import { initialScheduleForm, readScheduleForm, type ScheduleForm } from "./schedule-form";

const zone = "Europe/Kyiv";
const now = new Date("2026-11-27T07:23:00Z"); // 09:23 in Kyiv

const form = (patch: Partial<ScheduleForm> = {}): ScheduleForm => ({
  publishDate: "2026-11-27",
  publishTime: "12:00",
  unpublish: false,
  unpublishDate: "2026-11-28",
  unpublishTime: "12:00",
  reason: "",
  ...patch,
});

describe("the schedule form", () => {
  it("opens on the next whole hour in the newsroom's zone, or on the current schedule", () => {
    expect(initialScheduleForm({ scheduledAt: null, unpublishAt: null }, zone, now)).toMatchObject({
      publishDate: "2026-11-27",
      publishTime: "10:00",
      unpublish: false,
    });
    expect(
      initialScheduleForm(
        { scheduledAt: "2026-12-01T06:30:00Z", unpublishAt: "2026-12-02T06:30:00Z" },
        zone,
        now,
      ),
    ).toMatchObject({
      publishDate: "2026-12-01",
      publishTime: "08:30",
      unpublish: true,
      unpublishDate: "2026-12-02",
      unpublishTime: "08:30",
    });
  });

  it("sends the zone's wall-clock time as an instant", () => {
    expect(readScheduleForm(form(), zone, now, false)).toEqual({
      ok: true,
      request: { publishAt: "2026-11-27T10:00:00.000Z", unpublishAt: null },
    });
    expect(readScheduleForm(form({ unpublish: true }), zone, now, false)).toMatchObject({
      ok: true,
      request: { unpublishAt: "2026-11-28T10:00:00.000Z" },
    });
  });

  it("refuses a time that has passed and a take-down before the publication", () => {
    expect(readScheduleForm(form({ publishTime: "09:00" }), zone, now, false)).toEqual({
      ok: false,
      errors: { publishAt: "Choose a time in the future." },
    });
    const early = form({ unpublish: true, unpublishDate: "2026-11-27", unpublishTime: "11:59" });
    expect(readScheduleForm(early, zone, now, false)).toEqual({
      ok: false,
      errors: { unpublishAt: "The unpublish time must be after the publish time." },
    });
    expect(readScheduleForm(form({ publishDate: "" }), zone, now, false)).toMatchObject({
      ok: false,
      errors: { publishAt: expect.any(String) },
    });
  });

  it("names the gap when a time falls in the hour the clocks skip, and takes a repeated time's first occurrence", () => {
    const before = new Date("2026-03-01T00:00:00Z");
    expect(
      readScheduleForm(
        form({ publishDate: "2026-03-29", publishTime: "03:30" }),
        zone,
        before,
        false,
      ),
    ).toEqual({
      ok: false,
      errors: {
        publishAt:
          "On 2026-03-29 the clocks in Europe/Kyiv go from 03:00 straight to 04:00, so 03:30 does not exist there. Choose a time before 03:00 or from 04:00.",
      },
    });
    const skippedTakeDown = form({
      unpublish: true,
      unpublishDate: "2026-03-29",
      unpublishTime: "03:10",
    });
    expect(
      readScheduleForm({ ...skippedTakeDown, publishDate: "2026-03-28" }, zone, before, false),
    ).toMatchObject({
      ok: false,
      errors: { unpublishAt: expect.stringContaining("so 03:10 does not exist there") },
    });
    expect(
      readScheduleForm(
        form({ publishDate: "2026-10-25", publishTime: "03:30" }),
        zone,
        before,
        false,
      ),
    ).toMatchObject({ ok: true, request: { publishAt: "2026-10-25T00:30:00.000Z" } });
  });

  it("asks an admin overriding the checklist for a reason", () => {
    expect(readScheduleForm(form({ reason: "too short" }), zone, now, true)).toMatchObject({
      ok: false,
      errors: { overrideReason: expect.stringContaining("10 characters") },
    });
    expect(
      readScheduleForm(form({ reason: "  Wire photo arrives later  " }), zone, now, true),
    ).toMatchObject({ ok: true, request: { overrideReason: "Wire photo arrives later" } });
  });
});
