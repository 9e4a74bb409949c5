import { useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import { questionsByTheme, type EvidenceAnswer } from '@/domain/diagnosis/questions';
import type { CauseScore } from '@/domain/diagnosis/engine';
import { setEvidenceAnswer } from '@/storage/debrief-edits';
import { CauseRanking } from './CauseRanking';
import { SegmentedChoice } from './SegmentedChoice';

const ANSWERS: readonly { value: EvidenceAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];
const THEMES = questionsByTheme();

/** Step 2: concrete evidence questions, grouped by theme, with the ranking updating live above them. */
export function DiagnoseStep({ debrief, ranked }: { debrief: Debrief; ranked: readonly CauseScore[] }) {
  // The first theme with unanswered questions starts open; the others fold away to keep the list short.
  const firstOpen = THEMES.find((t) => t.questions.some((q) => !debrief.evidence[q.id]))?.theme ?? THEMES[0]!.theme;
  const [open, setOpen] = useState<Record<string, boolean>>({ [firstOpen]: true });
  return (
    <div className="stack">
      <CauseRanking ranked={ranked} answers={debrief.evidence} />
      <h3>Evidence questions</h3>
      {THEMES.map((group) => {
        const answered = group.questions.filter((q) => debrief.evidence[q.id]).length;
        return (
          <details key={group.theme} className="card" open={!!open[group.theme]} data-testid={`theme-${group.theme}`}
            onToggle={(e) => {
              const isOpen = e.currentTarget.open;
              setOpen((o) => (o[group.theme] === isOpen ? o : { ...o, [group.theme]: isOpen }));
            }}>
            <summary className="row spread" style={{ cursor: 'pointer' }}>
              <strong>{group.label}</strong>
              <span className="hint">{answered}/{group.questions.length}</span>
            </summary>
            {group.questions.map((q) => (
              <SegmentedChoice key={q.id} className="question" legend={q.text} options={ANSWERS} value={debrief.evidence[q.id] ?? null}
                testId={`evidence-${q.id}`} onChange={(answer) => void setEvidenceAnswer(debrief.id, q.id, answer)} />
            ))}
          </details>
        );
      })}
    </div>
  );
}
