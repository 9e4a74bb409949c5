import { browser } from 'wxt/browser';
import { ADAPTERS } from '@/sites/registry';
import { BrandBar } from '../BrandBar';
import { ShortcutsCard } from '../ShortcutsCard';
import { t, type MessageKey } from '../i18n';

const STEPS: readonly { title: MessageKey; body: MessageKey }[] = [
  { title: 'welcomeStepListenTitle', body: 'welcomeStepListenBody' },
  { title: 'welcomeStepDiagnoseTitle', body: 'welcomeStepDiagnoseBody' },
  { title: 'welcomeStepRecalibrateTitle', body: 'welcomeStepRecalibrateBody' },
  { title: 'welcomeStepCandidateTitle', body: 'welcomeStepCandidateBody' },
  { title: 'welcomeStepPlanTitle', body: 'welcomeStepPlanBody' },
];

/** First-run page: what the extension does, where the data lives, how to try it. */
export function WelcomePage() {
  const systems = ADAPTERS.filter((a) => a.id !== 'demo' && a.id !== 'generic').map((a) => a.label);
  return (
    <div className="page welcome-page">
      <header className="page-header">
        <BrandBar>
          <button type="button" className="btn small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('navSettings')}
          </button>
        </BrandBar>
        <h1>{t('welcomeHeading')}</h1>
        <p className="lede">{t('welcomeLede')}</p>
      </header>
      <main className="stack-lg">
        <section className="card" aria-labelledby="welcome-steps-h">
          <h2 id="welcome-steps-h">{t('welcomeWhatHeading')}</h2>
          <ol className="welcome-steps">
            {STEPS.map((step, i) => (
              <li key={step.title}>
                <span className="step-number" aria-hidden="true">{i + 1}</span>
                <div>
                  <h3>{t(step.title)}</h3>
                  <p className="muted">{t(step.body)}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
        <div className="welcome-grid">
          <section className="card stack" aria-labelledby="welcome-data-h">
            <h2 id="welcome-data-h">{t('welcomeDataHeading')}</h2>
            <p>{t('welcomeDataBody')}</p>
            <p className="muted small">{t('welcomeDataControl')}</p>
          </section>
          <section className="card stack" aria-labelledby="welcome-linkedin-h">
            <h2 id="welcome-linkedin-h">{t('welcomeLinkedInHeading')}</h2>
            <p>{t('welcomeLinkedInBody')}</p>
          </section>
          <section className="card stack" aria-labelledby="welcome-try-h">
            <h2 id="welcome-try-h">{t('welcomeTryHeading')}</h2>
            <p>{t('welcomeTryBody')}</p>
            <p className="muted small">{t('welcomeTrySystems', systems.join(', '))}</p>
            <p className="muted small">
              {t('welcomeTryDevelopers')} <code>npm run demo</code>
            </p>
          </section>
          <ShortcutsCard />
        </div>
        <div className="row welcome-actions">
          <button type="button" className="btn primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcomeOpenSettings')}
          </button>
          <button type="button" className="btn" onClick={() => window.close()}>
            {t('welcomeClose')}
          </button>
        </div>
      </main>
    </div>
  );
}
