import type { Page } from 'playwright-core';

/**
 * Candidate pages of the ATSs for real-browser tests, structurally like the
 * reduced fixtures in tests/fixtures/<site>/ (same hooks the adapters read),
 * with a recorder running in the page from its first byte:
 * - `__seen`: every distinct name the in-page panel showed, in order, across
 *   reloads of its text (polled every 5 ms and on every DOM change);
 * - `__added`: every element added to the page's DOM after load, by anyone
 *   (on a static page, anything there was added by the extension).
 * The page script only reads the open shadow root, as any host page could.
 */
export const RECORDER = `<script>
(() => {
  const seen = (window.__seen = []);
  const added = (window.__added = []);
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  const record = () => {
    const hosts = document.querySelectorAll('recalibrate-panel');
    window.__panels = hosts.length;
    const name = hosts[0]?.shadowRoot?.querySelector('[data-field="name"]')?.textContent;
    if (name && seen[seen.length - 1] !== name) seen.push(name);
  };
  const start = () => {
    new MutationObserver((list) => {
      for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1 && !n.hasAttribute('data-page-own')) added.push(n.nodeName.toLowerCase());
      record();
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    setInterval(record, 5);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
</script>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function htmlPage(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${RECORDER}${head}</head><body>${body}</body></html>`;
}

export const greenhousePage = (name: string, headline: string, job: string) =>
  htmlPage(
    `${name} | Greenhouse`,
    `<nav class="top-nav"><a href="/people">Candidates</a></nav><main id="main">
      <div class="person-header" data-provides="person-header"><h1 class="name" data-provides="person-name">${esc(name)}</h1>
      <div class="title" data-provides="person-title">${esc(headline)}</div></div>
      <section class="application-header"><span class="job-name" data-provides="job-name">${esc(job)}</span></section></main>`,
  );

export const leverPage = (id: string, name: string, headline: string) =>
  htmlPage(
    `${name} – Lever Hire`,
    `<div id="app"><nav class="sidebar"><a href="/candidates">Candidates</a></nav>
      <div class="candidate-profile" data-candidate-id="${id}"><header class="candidate-header">
      <h2 class="candidate-name">${esc(name)}</h2><div class="candidate-headline">${esc(headline)}</div></header></div></div>`,
  );

export const recruiterPage = (id: string, name: string, headline: string) =>
  htmlPage(
    'Recruiter',
    `<header class="global-nav"><h1 class="a11y-text">LinkedIn Recruiter</h1></header>
      <div id="profile-container" class="profile__container"><div class="profile__topcard-wrapper"><div class="topcard-condensed__content-left">
      <span data-test-row-lockup-full-name=""><div class="artdeco-entity-lockup__title"><a href="https://www.linkedin.com/talent/profile/${id}">${esc(name)}</a></div></span>
      <span data-test-row-lockup-headline="">${esc(headline)}</span></div></div></div>`,
  );

export const recruiteePage = (id: string, name: string, headline: string) =>
  htmlPage(
    'Recruitee',
    `<div id="app"><main class="candidates-list"><h1>Candidates</h1></main>
      <aside class="candidate-profile" data-testid="candidate-profile" data-candidate-id="${id}">
      <h2 class="candidate-profile__name" data-testid="candidate-name">${esc(name)}</h2>
      <p data-testid="candidate-headline">${esc(headline)}</p></aside></div>`,
  );

/** Names the in-page panel has shown so far, and the number of panels now. */
export async function panelHistory(page: Page): Promise<{ seen: string[]; panels: number; added: string[]; errors: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __seen: string[]; __panels?: number; __added: string[]; __errors: string[] };
    return { seen: [...w.__seen], panels: w.__panels ?? 0, added: [...w.__added], errors: [...w.__errors] };
  });
}

/** A saved fixture with the recorder added at the top of its head. */
export function withRecorder(html: string): string {
  return html.replace(/<head>/i, `<head>${RECORDER}`);
}
