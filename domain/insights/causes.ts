import type { Debrief } from '../debrief';
import { CAUSE_IDS, isCauseId, type CauseId } from '../diagnosis/causes';
import { chartMonths, clientKey, clientOptions, monthKey } from './filters';

/**
 * Why interviews go badly, from the causes the recruiter confirmed (not the
 * engine's ranking: only the recruiter's call counts as a finding). A debrief
 * may confirm several causes, so counts are "debriefs that confirmed this
 * cause" and shares can add up to more than 100 %.
 */
export type CauseCounts = Record<CauseId, number>;

export interface CauseMonth {
  month: string;
  counts: CauseCounts;
  /** Debriefs with at least one confirmed cause that month. */
  debriefs: number;
}

export interface ClientCauses {
  client: string;
  label: string;
  counts: CauseCounts;
  debriefs: number;
  /** The cause confirmed most often (priority order breaks ties), or null. */
  topCause: CauseId | null;
}

export interface CauseInsights {
  months: CauseMonth[];
  totals: CauseCounts;
  /** Debriefs with at least one confirmed cause. */
  debriefs: number;
  topCause: CauseId | null;
  byClient: ClientCauses[];
}

type CauseDebrief = Pick<Debrief, 'interviewAt' | 'clientCompany' | 'confirmedCauses'>;

export function emptyCounts(): CauseCounts {
  return { assessment: 0, brief: 0, client: 0, candidate: 0 };
}

/** Distinct, known causes of one debrief (stored data may repeat or carry retired ids). */
function causesOf(d: CauseDebrief): CauseId[] {
  return [...new Set((d.confirmedCauses ?? []).filter(isCauseId))];
}

function addCauses(counts: CauseCounts, causes: readonly CauseId[]): void {
  for (const cause of causes) counts[cause] += 1;
}

export function topCauseOf(counts: CauseCounts): CauseId | null {
  let best: CauseId | null = null;
  for (const cause of CAUSE_IDS) {
    if (counts[cause] > 0 && (best === null || counts[cause] > counts[best])) best = cause;
  }
  return best;
}

/** `debriefs` must already be filtered by period and client. */
export function causeInsights(debriefs: readonly CauseDebrief[], start: Date | null, now: Date): CauseInsights {
  const confirmed = debriefs.map((d) => ({ d, causes: causesOf(d) })).filter((x) => x.causes.length > 0);
  const months = new Map<string, CauseMonth>(
    chartMonths(confirmed.map((x) => x.d.interviewAt), start, now).map((month) => [month, { month, counts: emptyCounts(), debriefs: 0 }]),
  );
  const totals = emptyCounts();
  const clients = new Map<string, ClientCauses>();
  for (const { d, causes } of confirmed) {
    addCauses(totals, causes);
    const bucket = months.get(monthKey(d.interviewAt) ?? '');
    if (bucket) {
      addCauses(bucket.counts, causes);
      bucket.debriefs += 1;
    }
    const key = clientKey(d.clientCompany);
    const client = clients.get(key) ?? { client: key, label: '', counts: emptyCounts(), debriefs: 0, topCause: null };
    addCauses(client.counts, causes);
    client.debriefs += 1;
    clients.set(key, client);
  }
  const labels = new Map(clientOptions(confirmed.map((x) => x.d.clientCompany)).map((o) => [o.key, o.label]));
  const byClient = [...clients.values()]
    .map((c) => ({ ...c, label: labels.get(c.client) ?? '', topCause: topCauseOf(c.counts) }))
    .sort((a, b) => b.debriefs - a.debriefs || a.label.localeCompare(b.label, 'en'));
  return { months: [...months.values()], totals, debriefs: confirmed.length, topCause: topCauseOf(totals), byClient };
}
