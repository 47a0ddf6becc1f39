/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings. Done in UTC so no time zone or daylight-saving
 * change can shift a campaign by a day. Pure (no clock): operations use it on both sides.
 */

const DAY_MS = 86_400_000;

function toUtc(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromUtc(toUtc(isoDate) + days * DAY_MS);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}
