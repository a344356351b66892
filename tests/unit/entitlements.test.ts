import { describe, expect, it } from "vitest";

import { canDownloadReport, currentProSubscription, hasPro, proEndsAt, type SubscriptionLike } from "@/lib/server/entitlements";

const DAY = 24 * 60 * 60 * 1000;
const periodEnd = new Date("2027-03-01T00:00:00Z");
const at = (offsetMs: number) => new Date(periodEnd.getTime() + offsetMs);
const sub = (overrides: Partial<SubscriptionLike> = {}): SubscriptionLike => ({
  status: "active",
  cancelAtPeriodEnd: false,
  currentPeriodEnd: periodEnd,
  ...overrides,
});

describe("hasPro", () => {
  it("is false without subscriptions", () => {
    expect(hasPro([], at(-DAY))).toBe(false);
  });

  it("is true for an active subscription inside its period", () => {
    expect(hasPro([sub()], at(-10 * DAY))).toBe(true);
  });

  it("gives a renewing subscription one day of grace after the period end, then ends", () => {
    expect(hasPro([sub()], at(DAY / 2))).toBe(true);
    expect(hasPro([sub()], at(DAY))).toBe(false);
    expect(hasPro([sub()], at(2 * DAY))).toBe(false);
  });

  it("keeps Pro until the period end after cancel_at_period_end, without grace", () => {
    const cancelled = sub({ cancelAtPeriodEnd: true });
    expect(hasPro([cancelled], at(-1000))).toBe(true);
    expect(hasPro([cancelled], at(0))).toBe(false);
    expect(hasPro([cancelled], at(1000))).toBe(false);
  });

  it("keeps Pro for a failed renewal (past_due) within the grace, then loses it", () => {
    const pastDue = sub({ status: "past_due" });
    expect(hasPro([pastDue], at(DAY / 2))).toBe(true);
    expect(hasPro([pastDue], at(DAY + 1))).toBe(false);
  });

  it.each(["canceled", "unpaid", "incomplete", "incomplete_expired", "paused"] as const)("is false for %s", (status) => {
    expect(hasPro([sub({ status })], at(-10 * DAY))).toBe(false);
  });

  it("treats trialing like active", () => {
    expect(hasPro([sub({ status: "trialing" })], at(-DAY))).toBe(true);
  });

  it("trusts a live status when the period end is unknown, except past_due", () => {
    expect(hasPro([sub({ currentPeriodEnd: null })], at(100 * DAY))).toBe(true);
    expect(hasPro([sub({ status: "past_due", currentPeriodEnd: null })], at(0))).toBe(false);
  });

  it("is true if any one subscription grants Pro", () => {
    expect(hasPro([sub({ status: "canceled" }), sub()], at(-DAY))).toBe(true);
  });
});

describe("proEndsAt / currentProSubscription", () => {
  it("reports the end including grace and picks the longest-lasting subscription", () => {
    expect(proEndsAt(sub())).toBe(periodEnd.getTime() + DAY);
    expect(proEndsAt(sub({ cancelAtPeriodEnd: true }))).toBe(periodEnd.getTime());
    expect(proEndsAt(sub({ status: "canceled" }))).toBeNull();
    const later = sub({ currentPeriodEnd: at(30 * DAY) });
    expect(currentProSubscription([sub(), later, sub({ status: "unpaid" })], at(-DAY))).toBe(later);
    expect(currentProSubscription([sub({ status: "canceled" })], at(-DAY))).toBeNull();
  });
});

describe("canDownloadReport", () => {
  const now = at(-DAY);

  it("allows Pro members every report", () => {
    expect(canDownloadReport({ pro: true, purchases: [] }, "15-1252", now)).toBe(true);
    expect(canDownloadReport({ pro: [sub()], purchases: [] }, "15-1252", now)).toBe(true);
  });

  it("allows a buyer only the report they bought", () => {
    const purchases = [{ soc: "11-3051" }];
    expect(canDownloadReport({ pro: false, purchases }, "11-3051", now)).toBe(true);
    expect(canDownloadReport({ pro: false, purchases }, "15-1252", now)).toBe(false);
    expect(canDownloadReport({ pro: false, purchases: ["15-1252"] }, "15-1252", now)).toBe(true);
  });

  it("stops allowing unpurchased reports once Pro has lapsed", () => {
    const lapsed = [sub({ cancelAtPeriodEnd: true })];
    expect(canDownloadReport({ pro: lapsed, purchases: [] }, "15-1252", at(-1))).toBe(true);
    expect(canDownloadReport({ pro: lapsed, purchases: [] }, "15-1252", at(1))).toBe(false);
    expect(canDownloadReport({ pro: lapsed, purchases: [{ soc: "15-1252" }] }, "15-1252", at(DAY * 365))).toBe(true);
  });
});
