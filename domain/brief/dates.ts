/**
 * Calendar dates as 'YYYY-MM-DD' strings: what a plan promises the client
 * ("shortlist by Wednesday") is a day, not an instant. Arithmetic runs in
 * UTC on those strings, so the result never depends on the machine's zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The recruiter's calendar day: a 'YYYY-MM-DD' string is taken as is; a Date
 * or a timestamp is read in the local time zone (late on Friday evening in
 * New York is still Friday, even though it is Saturday in UTC).
 */
export function toCalendarDate(now: Date | string): string {
  if (typeof now === 'string' && isIsoDate(now)) return now;
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(now)}`);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isWeekend(date: string): boolean {
  const day = toUtc(date).getUTCDay();
  return day === 0 || day === 6;
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** `days` working days after `date`, skipping weekends and the given holidays. */
export function addWorkingDays(date: string, days: number, holidays: ReadonlySet<string> = new Set()): string {
  let current = date;
  let remaining = Math.max(0, Math.floor(days));
  while (remaining > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current) && !holidays.has(current)) remaining -= 1;
  }
  return current;
}

/** "Mon 13 Jan 2025": unambiguous on both sides of the Atlantic, unlike 13/01 or 01/13. */
export function formatLongDate(date: string): string {
  if (!isIsoDate(date)) return date;
  const utc = toUtc(date);
  return `${WEEKDAYS[utc.getUTCDay()]} ${utc.getUTCDate()} ${MONTHS[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;
}
