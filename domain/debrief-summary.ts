import { calibrationGaps, type CalibrationGap } from './coaching';
import { CANDIDATE_STATUSES, INTERVIEW_STAGES, OUTCOMES, type Debrief } from './debrief';
import { CAUSES } from './diagnosis/causes';
import { diagnose } from './diagnosis/engine';
import { formatDuration, momentum, type MilestoneClock, type MomentumTargets } from './momentum';
import { CLIENT_QUESTIONS } from './recalibration';
import { describeChange } from './requirement-changes';

export type SummaryFormat = 'text' | 'markdown';

export interface SummaryOptions {
  /** With `now`, open steps say whether they are overdue. */
  now?: Date;
  targets?: Partial<MomentumTargets>;
  /** IANA zone for dates, e.g. "Europe/London"; defaults to UTC. */
  timeZone?: string;
}

/** Supporting evidence lines shown per confirmed cause: enough to justify, short enough for a note. */
const MAX_EVIDENCE_LINES = 4;

/**
 * The debrief as a note to paste into an ATS: facts first (who, what, when,
 * outcome), then the client's words, the confirmed causes with the evidence
 * behind them, what changes, and what happens next. The recruiter's private
 * notes are deliberately left out. Empty sections are omitted.
 */
export function debriefSummary(debrief: Debrief, candidateName: string, format: SummaryFormat, options: SummaryOptions = {}): string {
  const md = format === 'markdown';
  const esc = (s: string) => (md ? escapeMarkdown(oneLine(s)) : oneLine(s));
  const bold = (s: string) => (md ? `**${s}**` : s);
  const when = (iso: string | null | undefined) => formatDateTime(iso, options.timeZone);
  const sections: string[][] = [];

  const name = oneLine(candidateName) || 'Candidate';
  const role = [debrief.roleTitle, debrief.clientCompany].map(oneLine).filter(Boolean).map(esc).join(' at ');
  const facts = [
    role && `${bold('Role:')} ${role}`,
    `${bold('Interview:')} ${INTERVIEW_STAGES[debrief.stage] ?? esc(String(debrief.stage))}, ${when(debrief.interviewAt)}`,
    debrief.interviewers.length > 0 && `${bold('Interviewers:')} ${debrief.interviewers.map(esc).join(', ')}`,
    `${bold('Outcome:')} ${OUTCOMES[debrief.outcome] ?? esc(String(debrief.outcome))}`,
  ].filter((line): line is string => Boolean(line));
  sections.push([md ? `## Interview debrief: ${esc(name)}` : `Interview debrief: ${name}`, ...(md ? facts.map((f) => `- ${f}`) : facts)]);

  const quotes = debrief.feedback.filter((f) => f.quote.trim());
  const quoteLines = quotes.map((f) => {
    const context = [f.saidBy, f.topic, f.sentiment, f.momentOfInterview && `during ${f.momentOfInterview}`]
      .filter(Boolean)
      .map((s) => esc(String(s)));
    return `- “${esc(f.quote)}”${context.length ? ` (${context.join(', ')})` : ''}`;
  });
  sections.push([heading('Client feedback', md), ...(quoteLines.length ? quoteLines : ['- No client feedback captured yet.'])]);

  if (debrief.confirmedCauses.length) {
    const ranked = diagnose(debrief.evidence);
    const lines = debrief.confirmedCauses.flatMap((cause) => {
      const evidence = (ranked.find((r) => r.cause === cause)?.evidence ?? []).filter((e) => e.weight > 0).slice(0, MAX_EVIDENCE_LINES);
      return [`- ${bold(CAUSES[cause]?.label ?? esc(String(cause)))}`, ...evidence.map((e) => `  - ${esc(e.text)} ${e.answer === 'yes' ? 'Yes' : 'No'}.`)];
    });
    sections.push([heading('Confirmed causes', md), ...lines]);
  }

  const answered = CLIENT_QUESTIONS.filter((q) => (debrief.track1[q.id] ?? '').trim());
  if (answered.length) {
    sections.push([heading('Client recalibration', md), ...answered.map((q) => `- ${esc(q.text)} — ${esc(debrief.track1[q.id] ?? '')}`)]);
  }

  if (debrief.proposedChanges.length) {
    sections.push([heading('Proposed requirement changes', md), ...debrief.proposedChanges.map((c) => `- ${esc(describeChange(c))}`)]);
  }

  const gaps = calibrationGaps(debrief.track2.ratings);
  const status = CANDIDATE_STATUSES[debrief.track2.candidateStatus];
  if (gaps.length || status) {
    sections.push([
      heading('Candidate re-assessment', md),
      ...gaps.map((g) => `- ${esc(g.competency)}: ${describeGap(g)}`),
      ...(status ? [`- ${bold('Status:')} ${status}`] : []),
    ]);
  }

  // Without a `now`, read the clock as of the interview: due dates only, nothing overdue.
  const clock = momentum(debrief, options.now ?? new Date(Date.parse(debrief.interviewAt) || 0), options.targets);
  sections.push([heading('Next steps', md), ...clock.milestones.map((m) => `- ${m.label}: ${describeStep(m, when, Boolean(options.now))}`)]);

  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

function describeGap(g: CalibrationGap): string {
  const shift = g.gap === 0 ? 'as rated' : `${g.direction} by ${Math.abs(g.gap)}`;
  return `rated ${g.before}/5 before, interview showed ${g.revealed}/5 (${shift}${g.misjudged ? '; misjudged' : ''})`;
}

function describeStep(m: MilestoneClock, when: (iso: string | null) => string, knowsNow: boolean): string {
  if (m.state === 'done') return `done ${when(m.doneAt)}`;
  const due = m.dueAt ? `due by ${when(m.dueAt)}` : 'not scheduled (no interview date)';
  return knowsNow && m.state === 'overdue' ? `${due} (overdue by ${formatDuration(m.overdueByMs)})` : due;
}

function heading(title: string, md: boolean): string {
  return md ? `### ${title}` : title;
}

function oneLine(text: string): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

/** Inline Markdown specials only: user text always sits after a list marker, never at a line start. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

/**
 * "Mon 3 Mar 2025, 10:00 UTC". Built from parts so the shape does not depend on
 * the runtime's locale data; an unknown time zone falls back to UTC.
 */
export function formatDateTime(iso: string | null | undefined, timeZone = 'UTC'): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return 'date not set';
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  };
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).formatToParts(ms);
  } catch {
    parts = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).formatToParts(ms);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} ${part('timeZoneName')}`.trim();
}
