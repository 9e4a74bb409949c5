import { browser } from 'wxt/browser';
import { ADAPTERS } from '@/sites/registry';
import { t } from './i18n';
import { tRich } from './rich-message';

export function NotACandidate() {
  const systems = ADAPTERS.filter((a) => a.id !== 'demo').map((a) => a.label);
  return (
    <section className="card empty" data-testid="not-candidate">
      <strong>{t('appNotCandidateTitle')}</strong>
      {t('appNotCandidateBody', systems.join(', '))}
      <span className="small" style={{ display: 'block', marginTop: 6 }}>
        {tRich(
          'appNotCandidateHelp',
          <button type="button" className="btn link small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('appNotCandidateSettings')}
          </button>,
        )}
      </span>
    </section>
  );
}
