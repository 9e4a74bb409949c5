import { describe, expect, it } from 'vitest';
import { debriefSummary, escapeMarkdown, formatDateTime } from '@/domain/debrief-summary';
import { NOW, emptyDebrief, workedDebrief } from './debrief-fixture';

const lines = (s: string) => s.split('\n');

describe('debriefSummary as plain text', () => {
  const text = debriefSummary(workedDebrief(), 'Jane Doe', 'text', { now: NOW });

  it('starts with the facts', () => {
    expect(lines(text).slice(0, 5)).toEqual([
      'Interview debrief: Jane Doe',
      'Role: Senior Data Engineer at Acme Analytics',
      'Interview: Final interview, Mon 3 Mar 2025, 10:00 UTC',
      'Interviewers: Priya Shah, Tom Okafor',
      'Outcome: Rejected',
    ]);
  });

  it('quotes the client with who said it', () => {
    expect(text).toContain('Client feedback\n- “She knew our product inside out.” (Priya Shah, Preparation, positive)');
    expect(text).toContain("- “She couldn't explain how she'd partition the events table.” (Tom Okafor, Technical skills, negative, during System design)");
  });

  it('lists confirmed causes with the evidence that supports them', () => {
    expect(text).toContain(
      [
        'Confirmed causes',
        '- Assessment',
        '  - Did the client find the candidate weak in a competency you had rated strong (4–5 out of 5)? Yes.',
        '  - Did you test the key skills yourself (work samples, technical questions, references) before submitting? No.',
        '- Brief',
        '  - Did the client probe a skill or experience that was never in the brief? Yes.',
      ].join('\n'),
    );
  });

  it('includes the client’s answers and the proposed changes', () => {
    expect(text).toContain('Client recalibration\n- If you could keep only three requirements, which three would they be? — Spark, data modelling, stakeholder communication');
    expect(text).toContain('Proposed requirement changes\n- Add “Partitioning large event tables (Spark)” as a must-have.\n- Move “Airflow” from must-have to nice-to-have.');
  });

  it('shows the re-assessment gaps and the candidate status', () => {
    expect(text).toContain(
      [
        'Candidate re-assessment',
        '- Communication: rated 5/5 before, interview showed 2/5 (overrated by 3; misjudged)',
        '- Technical skills: rated 4/5 before, interview showed 3/5 (overrated by 1)',
        '- Preparation: rated 3/5 before, interview showed 5/5 (underrated by 2; misjudged)',
        '- Status: Keep for the next suitable role',
      ].join('\n'),
    );
  });

  it('ends with next steps dated by the momentum clock', () => {
    expect(text.endsWith(
      [
        'Next steps',
        '- Client debrief: done Mon 3 Mar 2025, 15:00 UTC',
        '- Feedback to the candidate: due by Tue 4 Mar 2025, 10:00 UTC',
        '- New plan to the client: due by Wed 5 Mar 2025, 10:00 UTC',
      ].join('\n'),
    )).toBe(true);
  });

  it('says what is overdue when it knows the time', () => {
    const later = debriefSummary(workedDebrief(), 'Jane Doe', 'text', { now: new Date('2025-03-04T12:30:00Z') });
    expect(later).toContain('- Feedback to the candidate: due by Tue 4 Mar 2025, 10:00 UTC (overdue by 2 h 30 min)');
    const undated = debriefSummary(workedDebrief(), 'Jane Doe', 'text');
    expect(undated).not.toContain('overdue');
  });

  it('never includes the private notes', () => {
    expect(debriefSummary(workedDebrief({ notes: 'PRIVATE: to be fair he was tired' }), 'Jane', 'text')).not.toContain('PRIVATE');
  });

  it('respects the configured targets and time zone', () => {
    const s = debriefSummary(workedDebrief(), 'Jane', 'text', { targets: { feedbackHours: 8 }, timeZone: 'Europe/Paris' });
    expect(s).toContain('Interview: Final interview, Mon 3 Mar 2025, 11:00');
    expect(s).toContain('- Feedback to the candidate: due by Mon 3 Mar 2025, 19:00');
  });
});

describe('debriefSummary as Markdown', () => {
  const md = debriefSummary(workedDebrief(), 'Jane Doe', 'markdown', { now: NOW });

  it('uses headings, bold labels and lists', () => {
    expect(lines(md).slice(0, 3)).toEqual([
      '## Interview debrief: Jane Doe',
      '- **Role:** Senior Data Engineer at Acme Analytics',
      '- **Interview:** Final interview, Mon 3 Mar 2025, 10:00 UTC',
    ]);
    for (const h of ['### Client feedback', '### Confirmed causes', '### Proposed requirement changes', '### Candidate re-assessment', '### Next steps']) {
      expect(md).toContain(`\n${h}\n`);
    }
    expect(md).toContain('- **Assessment**\n  - Did the client find');
  });

  it('escapes Markdown in user text', () => {
    const d = workedDebrief({ roleTitle: 'C++ *Lead* [remote]', feedback: [{ id: 'x', quote: 'Used _underscores_ <b>', saidBy: 'A', topic: 'T', sentiment: 'neutral' }] });
    const out = debriefSummary(d, 'Jane', 'markdown');
    expect(out).toContain('C++ \\*Lead\\* \\[remote\\] at Acme Analytics');
    expect(out).toContain('“Used \\_underscores\\_ \\<b\\>”');
  });
});

describe('debriefSummary: thin and odd debriefs', () => {
  it('an empty debrief still gives a useful note', () => {
    const s = debriefSummary(emptyDebrief(), '', 'text');
    expect(lines(s)[0]).toBe('Interview debrief: Candidate');
    expect(s).toContain('Client feedback\n- No client feedback captured yet.');
    expect(s).not.toContain('Confirmed causes');
    expect(s).not.toContain('Proposed requirement changes');
    expect(s).toContain('- Status: Still in process');
  });

  it('keeps RTL and emoji names intact and flattens multi-line quotes', () => {
    const d = emptyDebrief({ feedback: [{ id: 'f', quote: 'Line one\n\nline   two', saidBy: 'أحمد', topic: '', sentiment: 'negative' }] });
    const s = debriefSummary(d, 'ليلى 🌟', 'text');
    expect(lines(s)[0]).toBe('Interview debrief: ليلى 🌟');
    expect(s).toContain('- “Line one line two” (أحمد, negative)');
  });

  it('an interview without a usable date does not invent deadlines', () => {
    const s = debriefSummary(emptyDebrief({ interviewAt: '' }), 'Jane', 'text', { now: NOW });
    expect(s).toContain('Interview: First interview, date not set');
    expect(s).toContain('- Feedback to the candidate: not scheduled (no interview date)');
  });
});

describe('helpers', () => {
  it.each([
    ['2025-03-03T10:00:00.000Z', 'UTC', 'Mon 3 Mar 2025, 10:00 UTC'],
    ['2025-12-25T23:05:00.000Z', 'UTC', 'Thu 25 Dec 2025, 23:05 UTC'],
    ['2025-03-03T10:00:00.000Z', 'Not/AZone', 'Mon 3 Mar 2025, 10:00 UTC'],
    ['', 'UTC', 'date not set'],
    ['garbage', 'UTC', 'date not set'],
  ])('formatDateTime(%j, %j) → %j', (iso, tz, expected) => {
    expect(formatDateTime(iso, tz)).toBe(expected);
  });

  it('escapes only inline Markdown specials', () => {
    expect(escapeMarkdown('a*b_c[d]`e`<f>|g~h\\')).toBe('a\\*b\\_c\\[d\\]\\`e\\`\\<f\\>\\|g\\~h\\\\');
    expect(escapeMarkdown('Zoë – 50% (plain)')).toBe('Zoë – 50% (plain)');
  });
});
