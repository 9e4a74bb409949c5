import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from './i18n';

interface Shortcut {
  name: string;
  shortcut: string;
}

const LABELS: Readonly<Record<string, MessageKey>> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  'open-side-panel': 'commandOpenSidePanel',
  'start-debrief': 'commandStartDebrief',
};

/** The keyboard shortcuts as the browser has them now (the recruiter may have changed them). */
export function ShortcutsCard() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcuts(all.filter((c) => c.name && LABELS[c.name]).map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' }))))
      .catch(() => setShortcuts([]));
  }, []);
  if (!shortcuts?.length) return null;
  return (
    <section className="card stack" aria-labelledby="shortcuts-h" data-testid="shortcuts">
      <h2 id="shortcuts-h">{t('shortcutsHeading')}</h2>
      <dl className="shortcuts">
        {shortcuts.map((s) => (
          <div key={s.name} className="row spread">
            <dt>{t(LABELS[s.name]!)}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span className="muted small">{t('shortcutsNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small" style={{ margin: 0 }}>{t(import.meta.env.BROWSER === 'firefox' ? 'shortcutsChangeFirefox' : 'shortcutsChangeChrome')}</p>
    </section>
  );
}
