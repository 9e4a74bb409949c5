import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkflowProgress, WorkflowStepId } from '@/domain/workflow';
import { formatNumber, t } from '../i18n';
import { stepLabel, stepMissing } from './labels';

interface Props {
  progress: WorkflowProgress;
  active: WorkflowStepId;
  onSelect(step: WorkflowStepId): void;
  /** Popup: a row of numbered markers; the side panel shows each step with what is missing. */
  compact: boolean;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft', 'k']);

/** "[Alt]+[↓]" → the bracketed names drawn as key caps (the message keeps them in place for translators). */
function withKeyCaps(text: string): ReactNode[] {
  return text.split(/\[([^\]]+)\]/).map((part, i) => (i % 2 ? <span key={i} className="kbd">{part}</span> : part));
}

/** The recalibration checklist: progress, each step done or not, and arrow-key / j-k movement. */
export function StepChecklist({ progress, active, onSelect, compact }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = progress.steps.findIndex((s) => s.id === active);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return; // Alt+arrows are the page-wide shortcut
    let to = -1;
    if (NEXT_KEYS.has(e.key)) to = Math.min(activeIndex + 1, progress.steps.length - 1);
    else if (PREVIOUS_KEYS.has(e.key)) to = Math.max(activeIndex - 1, 0);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = progress.steps.length - 1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(progress.steps[to]!.id);
    buttons.current[to]?.focus();
  };

  return (
    <nav className="card stack" aria-label={t('debriefStepsLabel')}>
      <div className="section-title">
        <h2>{t('debriefChecklistHeading')}</h2>
        <span className="small muted" data-testid="progress-text">{t('debriefProgressText', formatNumber(progress.doneCount), formatNumber(progress.total))}</span>
      </div>
      <div className="progress" role="progressbar" aria-label={t('debriefProgressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
        <span style={{ width: `${progress.percent}%` }} />
      </div>
      <ol className={`steps${compact ? ' compact' : ''}`} onKeyDown={onKeyDown} data-testid="steps">
        {progress.steps.map((step, i) => {
          const label = stepLabel(step.id);
          const number = formatNumber(i + 1);
          const missing = step.done ? '' : stepMissing(step);
          return (
            <li key={step.id} className={step.done ? 'done' : undefined}>
              <button
                type="button"
                ref={(el) => void (buttons.current[i] = el)}
                aria-current={step.id === active ? 'step' : undefined}
                tabIndex={step.id === active ? 0 : -1}
                aria-label={step.done ? t('debriefStepAriaDone', number, label) : t('debriefStepAriaMissing', number, label, missing)}
                title={label}
                data-testid={`step-${step.id}`}
                onClick={() => onSelect(step.id)}
              >
                <span className="marker" aria-hidden="true">{step.done ? '✓' : i + 1}</span>
                <span className="label">{label}</span>
                <span className="missing">{step.done ? t('debriefStepDone') : missing}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="hint">{withKeyCaps(t('debriefStepKeys'))}</p>
    </nav>
  );
}
