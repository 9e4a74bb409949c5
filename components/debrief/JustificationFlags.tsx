import type { JustificationFlag } from '@/domain/justification';
import { dismissFlag } from '@/storage/debrief-edits';
import { formatNumber, t } from '../i18n';
import { flagAlternative, flagExplanation } from './content';

const CONTEXT_CHARS = 40;
const MAX_SHOWN = 5;

/** The flagged phrase in its sentence, highlighted with a React element (never HTML). */
function Excerpt({ text, flag }: { text: string; flag: JustificationFlag }) {
  const from = Math.max(0, flag.start - CONTEXT_CHARS);
  const to = Math.min(text.length, flag.end + CONTEXT_CHARS);
  return (
    <p className="excerpt" dir="auto">
      {from > 0 && '…'}{text.slice(from, flag.start)}
      <mark className="flag">{text.slice(flag.start, flag.end)}</mark>
      {text.slice(flag.end, to)}{to < text.length && '…'}
    </p>
  );
}

/**
 * Gentle nudges away from justification mode: what the phrase sounds like to
 * the client, and a listening question to use instead. Dismissed flags are
 * stored on the debrief, so they stay dismissed in every view.
 */
export function JustificationFlags({ text, flags, debriefId }: { text: string; flags: readonly JustificationFlag[]; debriefId: string }) {
  if (!flags.length) return null;
  return (
    <section className="stack" aria-label={t('debriefFlagsLabel')} data-testid="justification-flags">
      <p className="small">
        <strong>{t('debriefFlagsLead')}</strong>{' '}
        {flags.length === 1 ? t('debriefFlagsIntroOne') : t('debriefFlagsIntroOther', formatNumber(flags.length))}
      </p>
      <ul className="flags">
        {flags.slice(0, MAX_SHOWN).map((flag) => (
          <li key={`${flag.key}@${flag.start}`} className="stack" data-testid="justification-flag">
            <Excerpt text={text} flag={flag} />
            <p className="hint">{flagExplanation(flag.ruleId, flag.explanation)}</p>
            <div className="actions">
              <p><strong>{t('debriefFlagsTryInstead')}</strong> <span dir="auto">{flagAlternative(flag.ruleId, flag.alternative)}</span></p>
              <button type="button" className="btn link small" onClick={() => void dismissFlag(debriefId, flag.key)}
                aria-label={t('debriefFlagsDismissAria', flag.match)}>
                {t('debriefDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {flags.length > MAX_SHOWN && <p className="hint">{t('debriefFlagsMore', formatNumber(flags.length - MAX_SHOWN))}</p>}
    </section>
  );
}
