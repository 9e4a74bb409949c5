import { CAUSES, type CauseId } from '@/domain/diagnosis/causes';
import type { MilestoneId } from '@/domain/momentum';
import { formatNumber, t, uiLocale, type MessageKey } from '../i18n';

/** "Apr 2025" for tables; months are UTC buckets, so format them in UTC. */
export function monthLabel(month: string, style: 'long' | 'axis' = 'long'): string {
  const date = new Date(`${month}-01T00:00:00.000Z`);
  const options: Intl.DateTimeFormatOptions = style === 'axis' ? { month: 'short', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLocale(), options).format(date);
}

export function dateLabel(iso: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

export function hoursLabel(hours: number | null): string {
  return hours === null ? '–' : t('unitHours', formatNumber(hours));
}

export function percentLabel(value: number | null): string {
  return value === null ? '–' : t('unitPercent', formatNumber(value, 0));
}

/** A signed rating gap: "+1.5" when rated higher than revealed. */
export function signedLabel(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value))}`;
}

const CAUSE_KEYS: Readonly<Record<CauseId, MessageKey>> = {
  assessment: 'causeAssessment',
  brief: 'causeBrief',
  client: 'causeClient',
  candidate: 'causeCandidate',
};

export function causeLabel(cause: CauseId): string {
  return t(CAUSE_KEYS[cause]) || CAUSES[cause].label;
}

const MILESTONE_KEYS: Readonly<Record<MilestoneId, MessageKey>> = {
  clientDebrief: 'milestoneClientDebrief',
  candidateFeedback: 'milestoneCandidateFeedback',
  newPlan: 'milestoneNewPlan',
};

export function milestoneLabel(id: MilestoneId): string {
  return t(MILESTONE_KEYS[id]);
}

export function clientLabel(label: string): string {
  return label || t('insightsNoClient');
}

/** Axis text for a run of months: the month, and the year under the first one and under each January. */
export function monthAxis(months: readonly string[]): { key: string; label: string; sublabel?: string }[] {
  return months.map((month, i) => ({
    key: month,
    label: monthLabel(month, 'axis'),
    sublabel: i === 0 || month.endsWith('-01') ? month.slice(0, 4) : undefined,
  }));
}
