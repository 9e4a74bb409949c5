import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { checkCustomHost } from '@/sites/custom-host-input';
import { customHostMatches } from '@/sites/generic';
import { addCustomHost, removeCustomHost } from '@/storage/custom-hosts';
import { customHostRefusalText } from './site-text';
import { t } from './i18n';

/**
 * "Any other ATS": the recruiter adds their own ATS's domain. The host
 * permission is asked for at that moment, for that host only, and given back
 * when the domain is removed. `permissions.request` is called first thing in
 * the submit/click handler: browsers only show the prompt inside the
 * recruiter's own gesture, so nothing may be awaited before it.
 */
export function CustomDomains({ hosts }: { hosts: readonly string[] }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const granted = useGrantedHosts(hosts);

  const ask = (host: string, onGranted: () => Promise<unknown>, done: string) => {
    browser.permissions
      .request({ origins: customHostMatches(host) })
      .then(async (ok) => {
        if (!ok) return setMessage({ text: t('appHostDenied', host), error: true });
        await onGranted();
        setMessage({ text: done, error: false });
      })
      .catch((e: unknown) => setMessage({ text: t('appHostAskFailed', host, e instanceof Error ? e.message : String(e)), error: true }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const check = checkCustomHost(input, hosts);
    if (!check.ok) return setMessage({ text: customHostRefusalText(check), error: true });
    ask(
      check.host,
      async () => {
        await addCustomHost(check.host);
        setInput('');
      },
      t('appHostAdded', check.host),
    );
  };

  const remove = async (host: string) => {
    await removeCustomHost(host);
    await browser.permissions.remove({ origins: customHostMatches(host) }).catch(() => false);
    setMessage({ text: t('appHostRemoved', host), error: false });
  };

  return (
    <section className="card stack" aria-labelledby="custom-h">
      <h2 id="custom-h">{t('appCustomHeading')}</h2>
      <p className="muted small" style={{ margin: 0 }}>
        {t('appCustomIntro')}
      </p>
      <form className="row" onSubmit={onSubmit} noValidate>
        <div className="field" style={{ flex: 1 }}>
          <label htmlFor="custom-host">{t('appCustomAddressLabel')}</label>
          <input
            id="custom-host"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('siteHostPlaceholder')}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            aria-describedby="custom-host-message"
            aria-invalid={message?.error ? true : undefined}
            data-testid="custom-host-input"
          />
        </div>
        <button type="submit" className="btn primary" style={{ alignSelf: 'flex-end' }} data-testid="custom-host-add">
          {t('appCustomAdd')}
        </button>
      </form>
      <p id="custom-host-message" className={message?.error ? 'error' : 'muted small'} role={message?.error ? 'alert' : 'status'} style={{ margin: 0 }} data-testid="custom-host-message">
        {message?.text ?? ''}
      </p>
      {hosts.length > 0 && (
        <ul className="list" aria-label={t('appCustomListLabel')}>
          {hosts.map((host) => (
            <li key={host} className="row spread" data-testid="custom-host-row">
              <span>
                <strong>{host}</strong>{' '}
                <span className="muted small">{t(granted.has(host) ? 'appCustomAccessAllowed' : 'appCustomAccessMissing')}</span>
              </span>
              <span className="row">
                {!granted.has(host) && (
                  <button type="button" className="btn small" onClick={() => ask(host, async () => undefined, t('appHostAllowed', host))}>
                    {t('appCustomAllow')}
                  </button>
                )}
                <button type="button" className="btn danger small" onClick={() => void remove(host)} aria-label={t('appCustomRemoveLabel', host)}>
                  {t('appCustomRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Which of the hosts the browser currently lets us access (the recruiter can revoke it in the browser too). */
function useGrantedHosts(hosts: readonly string[]): Set<string> {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const key = hosts.join(' ');
  useEffect(() => {
    let live = true;
    const check = () =>
      void Promise.all(hosts.map(async (h) => [h, await browser.permissions.contains({ origins: customHostMatches(h) }).catch(() => false)] as const)).then(
        (pairs) => live && setGranted(new Set(pairs.filter(([, ok]) => ok).map(([h]) => h))),
      );
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return granted;
}
