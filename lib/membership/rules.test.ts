import { describe, expect, it } from "vitest";
import {
  addInterval,
  formatMoney,
  isMemberStatus,
  mayApply,
  monthlyAmount,
  moneyInput,
  parseMoney,
  revenueByMonth,
  statusFromStripe,
} from "./rules";

const at = (iso: string) => new Date(iso);

describe("membership rules", () => {
  it("maps Stripe's subscription statuses to the states the site acts on", () => {
    expect(statusFromStripe("active")).toBe("ACTIVE");
    expect(statusFromStripe("trialing")).toBe("ACTIVE");
    expect(statusFromStripe("past_due")).toBe("PAST_DUE");
    expect(statusFromStripe("unpaid")).toBe("PAST_DUE");
    expect(statusFromStripe("incomplete")).toBe("INCOMPLETE");
    expect(statusFromStripe("incomplete_expired")).toBe("CANCELED");
    expect(statusFromStripe("canceled")).toBe("CANCELED");
    expect(statusFromStripe("something_new")).toBe("CANCELED");
  });

  it("gives perks to paying members and to those in Stripe's retry window only", () => {
    expect(isMemberStatus("ACTIVE")).toBe(true);
    expect(isMemberStatus("PAST_DUE")).toBe(true);
    for (const status of ["NONE", "INCOMPLETE", "CANCELED", null, undefined] as const) {
      expect(isMemberStatus(status)).toBe(false);
    }
  });

  it("applies an event only if it is not older than the newest one applied", () => {
    const current = { lastEventAt: at("2026-11-01T12:00:00Z"), status: "ACTIVE" as const };
    expect(mayApply(null, at("2020-01-01T00:00:00Z"), "ACTIVE")).toBe(true);
    expect(mayApply(current, at("2026-11-01T11:59:59Z"), "CANCELED")).toBe(false);
    expect(mayApply(current, at("2026-11-01T12:00:01Z"), "INCOMPLETE")).toBe(true);
    // Within one second, a preliminary state never undoes a paid one...
    expect(mayApply(current, at("2026-11-01T12:00:00Z"), "INCOMPLETE")).toBe(false);
    expect(mayApply(current, at("2026-11-01T12:00:00Z"), "NONE")).toBe(false);
    // ...but real news in that second still applies.
    expect(mayApply(current, at("2026-11-01T12:00:00Z"), "CANCELED")).toBe(true);
    const pending = { lastEventAt: current.lastEventAt, status: "INCOMPLETE" as const };
    expect(mayApply(pending, at("2026-11-01T12:00:00Z"), "INCOMPLETE")).toBe(true);
  });

  it("estimates the next payment a month or a year on, at the end of short months too", () => {
    expect(addInterval(at("2026-01-31T10:00:00Z"), "YEAR")).toEqual(at("2027-01-31T10:00:00Z"));
    expect(addInterval(at("2026-03-15T10:00:00Z"), "MONTH")).toEqual(at("2026-04-15T10:00:00Z"));
  });

  it("reads and writes amounts in minor units", () => {
    expect(parseMoney("5")).toBe(500);
    expect(parseMoney(" 7.5 ")).toBe(750);
    expect(parseMoney("$1,000.05")).toBe(100005);
    for (const bad of ["", "five", "5.555", "-3", "1e3"]) expect(parseMoney(bad)).toBeNull();
    expect(moneyInput(500)).toBe("5");
    expect(moneyInput(550)).toBe("5.50");
    expect(moneyInput(null)).toBe("");
    expect(formatMoney(500, "usd")).toBe("$5");
    expect(formatMoney(550, "usd")).toBe("$5.50");
    expect(formatMoney(6000, "eur")).toBe("€60");
  });

  it("counts annual plans at a twelfth in monthly revenue", () => {
    expect(monthlyAmount(1200, "MONTH")).toBe(1200);
    expect(monthlyAmount(12000, "YEAR")).toBe(1000);
    expect(monthlyAmount(2500, null)).toBe(0);
  });

  it("adds up monthly recurring revenue at the end of each month", () => {
    const now = at("2026-12-07T10:00:00Z");
    const rows = [
      // Since September, monthly.
      {
        amount: 500,
        interval: "MONTH" as const,
        startedAt: at("2026-09-10T00:00:00Z"),
        endedAt: null,
      },
      // October to mid-November, annual.
      {
        amount: 12000,
        interval: "YEAR" as const,
        startedAt: at("2026-10-01T00:00:00Z"),
        endedAt: at("2026-11-15T00:00:00Z"),
      },
      // Started today.
      {
        amount: 1000,
        interval: "MONTH" as const,
        startedAt: at("2026-12-07T09:00:00Z"),
        endedAt: null,
      },
      // Never paid.
      { amount: 700, interval: "MONTH" as const, startedAt: null, endedAt: null },
    ];
    expect(revenueByMonth(rows, now, 4)).toEqual([
      { month: "2026-09", mrr: 500, members: 1 },
      { month: "2026-10", mrr: 1500, members: 2 },
      { month: "2026-11", mrr: 500, members: 1 },
      { month: "2026-12", mrr: 1500, members: 2 },
    ]);
  });
});
