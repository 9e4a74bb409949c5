/**
 * Period and client filters shared by every insight. Dates are ISO strings;
 * months are UTC calendar months ('YYYY-MM') so the same data always lands in
 * the same bucket whatever the machine's time zone.
 */
export const PERIODS = ['30d', '90d', '365d', 'all'] as const;
export type PeriodId = (typeof PERIODS)[number];

const PERIOD_DAYS: Readonly<Record<PeriodId, number | null>> = { '30d': 30, '90d': 90, '365d': 365, all: null };
const DAY_MS = 24 * 60 * 60 * 1000;

export interface InsightFilters {
  period: PeriodId;
  /** A client key (see `clientKey`), or null for every client. */
  client: string | null;
}

export const DEFAULT_FILTERS: Readonly<InsightFilters> = { period: '365d', client: null };

export function isPeriodId(value: unknown): value is PeriodId {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

/** Start of the period (inclusive), or null for "all time". */
export function periodStart(period: PeriodId, now: Date): Date | null {
  const days = PERIOD_DAYS[period];
  return days === null ? null : new Date(now.getTime() - days * DAY_MS);
}

/** True when the date is usable and falls between the period start and now. */
export function inPeriod(iso: string | undefined, start: Date | null, now: Date): boolean {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return false;
  return (start === null || ms >= start.getTime()) && ms <= now.getTime();
}

/**
 * Client names are typed by hand in several places ("Acme", "acme ", "ACME"):
 * they are grouped by a key that ignores case and spacing. An empty name
 * groups as '' ("no client recorded").
 */
export function clientKey(name: string | undefined): string {
  return (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function matchesClient(name: string | undefined, client: string | null): boolean {
  return client === null || clientKey(name) === client;
}

export interface ClientOption {
  key: string;
  /** The spelling seen most often (first seen on a tie). */
  label: string;
  count: number;
}

/** Every client named in the data, most records first, for the client filter. */
export function clientOptions(names: readonly (string | undefined)[]): ClientOption[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const raw of names) {
    const key = clientKey(raw);
    if (!key) continue;
    const entry = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    const spelling = (raw ?? '').trim().replace(/\s+/g, ' ');
    entry.count += 1;
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
    byKey.set(key, entry);
  }
  return [...byKey.entries()]
    .map(([key, { count, spellings }]) => ({ key, count, label: mostFrequent(spellings) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** 'YYYY-MM' of an ISO date in UTC, or null when the date is unusable. */
export function monthKey(iso: string | undefined): string | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 7);
}

/** Every month from `first` to `last` inclusive ('YYYY-MM'), so charts show the empty months too. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * The months a chart spans: from the period start (or the first dated record
 * for "all time") to now. Empty when there is nothing dated.
 */
export function chartMonths(datedIsos: readonly string[], start: Date | null, now: Date): string[] {
  const last = monthKey(now.toISOString())!;
  const first = start ? monthKey(start.toISOString())! : datedIsos.map(monthKey).filter((m): m is string => !!m).sort()[0];
  return first ? monthRange(first, last) : [];
}
