import { emptySalary, type SalaryPeriod, type SalaryRange } from './fields';

/**
 * Salary figures as job ads write them: "£60,000–£70,000", "$120k-$140k",
 * "€55k", "60-70k GBP", "up to £75,000", "£450 per day". One regex pass per
 * line, no backtracking-prone nesting, so a 200 KB paste stays fast.
 */

const SYMBOLS: Readonly<Record<string, string>> = { '£': 'GBP', $: 'USD', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };
const CODE_SYMBOL: Readonly<Record<string, string>> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹' };
const CODES = 'GBP|USD|EUR|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|SGD|INR|JPY';

const AMOUNT = String.raw`([£$€¥₹])?\s?(\d{1,3}(?:[,.]\d{3}){1,2}(?:\.\d{2})?|\d{1,7}(?:\.\d{1,2})?)(?![\d,.]\d)\s?([kK]\b)?`;
const RANGE = new RegExp(
  String.raw`(?:\b(${CODES})\s?)?${AMOUNT}(?:\s?(?:-|–|—|to)\s?${AMOUNT})?(?:\s?(${CODES})\b)?`,
  'g',
);

const PERIODS: readonly [RegExp, SalaryPeriod][] = [
  [/\b(per|an?|\/)\s?(hour|hr)\b|\bhourly\b|\bp\/?h\b/i, 'hour'],
  [/\b(per|a|\/)\s?day\b|\bdaily\b|\bday rate\b|\bp\/?d\b/i, 'day'],
  [/\b(per|a|\/)\s?month\b|\bmonthly\b|\bpcm\b/i, 'month'],
  [/\b(per|a|\/)\s?(year|annum)\b|\bannual(ly)?\b|\bp\.?a\.?(?![a-z])|\/\s?yr\b/i, 'year'],
];

const MAX_SCAN = 400;
/** Figures that are not pay: "3-5 years", "£2,000 learning budget", "$20m raised", "10% bonus". */
const NOT_PAY_AFTER = /^\s*(?:\+\s*)?(?:years?|yrs?|months?|days?|weeks?|hours?)\b|^\s*(?:%|people|engineers|customers|users|learning|training|budget|bonus|allowance|equity|signing|sign-on|relocation|stipend|funding|revenue|raised|m\b|mn\b|million|bn\b|billion)/i;
/** Outside a salary section, a figure only counts when the line says it is pay. */
export const PAY_WORDS = /\b(?:salary|pay|paying|compensation|remuneration|package|ote|base|per annum|p\.?a\.?|per (?:year|day|hour|month)|day rate|daily rate|hourly|up to|range)\b/i;

function toNumber(digits: string, thousands: boolean): number {
  // "60,000" and "60.000" are both sixty thousand; "55.5k" is fifty-five and a half thousand.
  const whole = /^(\d{1,3}(?:[,.]\d{3})+)\.\d{2}$/.exec(digits)?.[1] ?? digits;
  const value = /^\d{1,3}([,.]\d{3})+$/.test(whole) ? Number(whole.replace(/[,.]/g, '')) : Number(whole);
  return thousands ? Math.round(value * 1000) : value;
}

export function detectPeriod(text: string): SalaryPeriod {
  for (const [pattern, period] of PERIODS) if (pattern.test(text)) return period;
  return '';
}

/**
 * First salary figure in the text, or null. `lenient` accepts bare numbers
 * ("60-70k") without a currency: use it only on text already known to be
 * about pay (a Salary section), or "3-5 years" would read as a salary.
 */
export function parseSalary(text: string, lenient = false): SalaryRange | null {
  const line = text.slice(0, MAX_SCAN);
  for (const match of line.matchAll(RANGE)) {
    const [, codeBefore, sym1, num1, k1, sym2, num2, k2, codeAfter] = match;
    if (num1 === undefined) continue;
    const currency = (codeBefore ?? codeAfter)?.toUpperCase() ?? SYMBOLS[sym1 ?? sym2 ?? ''] ?? '';
    const hasK = k1 !== undefined || k2 !== undefined;
    if (!currency && !lenient) continue;
    const rest = line.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16);
    if (NOT_PAY_AFTER.test(rest)) continue;
    // "60-70k": the k on the second figure applies to the first as well.
    let low = toNumber(num1, k1 !== undefined || (num2 !== undefined && k2 !== undefined && Number(num1) < 1000));
    let high = num2 === undefined ? low : toNumber(num2, k2 !== undefined);
    if (!currency && !hasK && high < 1000) continue;
    if (low > high && num2 !== undefined && high >= 1000 && low < 1000) low *= 1000;
    const before = line.slice(Math.max(0, (match.index ?? 0) - 14), match.index ?? 0);
    const range: SalaryRange = { ...emptySalary(), currency, period: detectPeriod(line) };
    if (num2 === undefined && /\bup to\s*$/i.test(before)) range.max = high;
    else if (num2 === undefined && /\b(from|starting at|min(imum)?)\s*$/i.test(before)) range.min = low;
    else Object.assign(range, { min: low, max: high });
    if (range.period === '' && Math.max(low, high) >= 10_000) range.period = 'year';
    return range;
  }
  return null;
}

function formatAmount(value: number): string {
  if (value >= 1000 && value % 1000 === 0) return `${value / 1000}k`;
  if (value >= 1000 && value % 100 === 0) return `${(value / 1000).toFixed(1)}k`;
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const PERIOD_WORDS: Readonly<Record<SalaryPeriod, string>> = { year: ' per year', month: ' per month', day: ' per day', hour: ' per hour', '': '' };

/** "£60k–£70k per year", "up to $140k", "" when no figure is set. */
export function formatSalary(salary: SalaryRange): string {
  const symbol = CODE_SYMBOL[salary.currency] ?? '';
  const code = symbol === '' && salary.currency ? ` ${salary.currency}` : '';
  const money = (value: number) => `${symbol}${formatAmount(value)}`;
  const { min, max } = salary;
  let figure: string;
  if (min !== null && max !== null) figure = min === max ? money(min) : `${money(min)}–${money(max)}`;
  else if (max !== null) figure = `up to ${money(max)}`;
  else if (min !== null) figure = `from ${money(min)}`;
  else return '';
  return `${figure}${code}${PERIOD_WORDS[salary.period]}`;
}
