import { useState } from 'react';
import type { Debrief } from '@/domain/debrief';
import { questionsByTheme } from '@/domain/diagnosis/questions';
import type { CauseScore } from '@/domain/diagnosis/engine';
import { CauseRanking } from './CauseRanking';
import { EvidenceQuestion } from './EvidenceQuestion';
import { t } from '../i18n';
import { themeLabel } from './labels';
const THEMES = questionsByTheme();

/** Step 2: concrete evidence questions, grouped by theme, with the ranking updating live above them. */
export function DiagnoseStep({ debrief, ranked }: { debrief: Debrief; ranked: readonly CauseScore[] }) {
  // The first theme with unanswered questions starts open; the others fold away to keep the list short.
  const firstOpen = THEMES.find((g) => g.questions.some((q) => !debrief.evidence[q.id]))?.theme ?? THEMES[0]!.theme;
  const [open, setOpen] = useState<Record<string, boolean>>({ [firstOpen]: true });
  return (
    <div className="stack">
      <CauseRanking ranked={ranked} answers={debrief.evidence} />
      <h3>{t('debriefEvidenceHeading')}</h3>
      {THEMES.map((group) => {
        const answered = group.questions.filter((q) => debrief.evidence[q.id]).length;
        return (
          <details key={group.theme} className="card" open={!!open[group.theme]} data-testid={`theme-${group.theme}`}
            onToggle={(e) => {
              const isOpen = e.currentTarget.open;
              setOpen((o) => (o[group.theme] === isOpen ? o : { ...o, [group.theme]: isOpen }));
            }}>
            <summary className="row spread" style={{ cursor: 'pointer' }}>
              <strong>{themeLabel(group.theme)}</strong>
              <span className="hint">{answered}/{group.questions.length}</span>
            </summary>
            {group.questions.map((q) => (
              <EvidenceQuestion key={q.id} debriefId={debrief.id} question={q} answer={debrief.evidence[q.id] ?? null} />
            ))}
          </details>
        );
      })}
    </div>
  );
}
