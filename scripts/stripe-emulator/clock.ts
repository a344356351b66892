/**
 * Emulator time. `now()` is wall-clock time plus an offset that `POST /_emulator/advance`
 * grows; every object timestamp (created, periods, event.created) uses it. Webhook
 * signatures use real time, because receivers check them against their own clock.
 */
export function wallClockSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function emulatorNow(offsetSeconds: number): number {
  return wallClockSeconds() + offsetSeconds;
}

/**
 * Adds calendar months the way Stripe bills: same day of month and time of day, clamped
 * to the last day of shorter months (a Jan 31 anchor renews Feb 28, then Mar 31).
 */
export function addMonths(unixSeconds: number, months: number): number {
  const date = new Date(unixSeconds * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return (
    Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()) / 1000
  );
}

export type Interval = "day" | "week" | "month" | "year";

/** End of the `n`th billing period counted from the anchor (n = 1 is the first period's end). */
export function periodBoundary(anchor: number, interval: Interval, intervalCount: number, n: number): number {
  const steps = n * intervalCount;
  switch (interval) {
    case "day":
      return anchor + steps * 86_400;
    case "week":
      return anchor + steps * 7 * 86_400;
    case "month":
      return addMonths(anchor, steps);
    case "year":
      return addMonths(anchor, steps * 12);
  }
}

/** The period that starts at `periodEnd` (the previous period's end), anchored to `anchor`. */
export function nextPeriod(anchor: number, interval: Interval, intervalCount: number, periodEnd: number): { start: number; end: number } {
  let n = 1;
  while (periodBoundary(anchor, interval, intervalCount, n) <= periodEnd) n += 1;
  return { start: periodEnd, end: periodBoundary(anchor, interval, intervalCount, n) };
}
