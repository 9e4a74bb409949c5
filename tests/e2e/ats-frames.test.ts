import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, servePages, type Launched } from './harness';
import { htmlPage } from './ats-pages';

/**
 * Bullhorn Novo: the shell (app.bullhornstaffing.com) shows the record header
 * and the classic record page in an iframe from a cluster host (another
 * origin). Both frames recognise the candidate; exactly one panel may show,
 * in the record's own frame, with the right person, before and after the
 * shell navigates in-app. A third-party iframe (another site entirely) sits
 * beside it and must change nothing.
 */
const SHELL = (id: string) => `https://app.bullhornstaffing.com/content/record/Candidate/${id}/overview`;
const RECORD = (id: string) => `https://cls21.bullhornstaffing.com/BullhornSTAFFING/OpenWindow.cfm?Entity=Candidate&id=${id}&view=Overview`;
const WIDGET = 'https://widgets.example.org/chat';

const shellPage = (id: string, headerName: string | null) =>
  htmlPage(
    'Bullhorn',
    `<novo-nav-bar><a href="/content/fast-find">Fast Find</a></novo-nav-bar>
     <div class="record-container">
       ${headerName === null ? '' : `<novo-header theme="candidate"><header class="candidate"><div class="header-titles"><h1>${headerName}</h1><small>Senior Project Manager</small></div></header></novo-header>`}
       <iframe class="record-frame" title="Candidate record" src="${RECORD(id).replaceAll('&', '&amp;')}" style="width:900px;height:500px"></iframe>
       <iframe title="Chat" src="${WIDGET}" style="width:200px;height:100px"></iframe>
     </div>`,
  );
const recordPage = (name: string, occupation: string) =>
  htmlPage(`Candidate: ${name}`, `<div id="recordHeader"><span class="name">${name}</span><span class="occupation">${occupation}</span></div><table class="overview"><tr><th>Status</th><td>Available</td></tr></table>`);

/** Panels drawn in each frame: [url, names] for frames that have one. */
async function panelsByFrame(page: Page): Promise<Array<[string, string | null]>> {
  const out: Array<[string, string | null]> = [];
  for (const frame of page.frames()) {
    const names = await frame
      .evaluate(() => Array.from(document.querySelectorAll('recalibrate-panel')).map((h) => h.shadowRoot?.querySelector('[data-field="name"]')?.textContent ?? null))
      .catch(() => [] as Array<string | null>);
    for (const name of names) out.push([frame.url(), name]);
  }
  return out;
}

const seenIn = (frame: Frame) => frame.evaluate(() => [...(window as unknown as { __seen: string[] }).__seen]);
const recordFrame = (page: Page, id: string) => page.frames().find((f) => f.url() === RECORD(id));

describe('records in iframes (Bullhorn Novo shell + classic record frame) in real Chromium', () => {
  let app: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, {
      [SHELL('778899')]: shellPage('778899', 'Oluwaseun Adebayo'),
      [SHELL('445566')]: shellPage('445566', null),
      [RECORD('778899')]: recordPage('Oluwaseun Adebayo', 'Senior Project Manager'),
      [RECORD('112233')]: recordPage('Grace Okafor', 'Finance Director'),
      [RECORD('445566')]: recordPage('Tomasz Wiśniewski', 'Site Engineer'),
      [WIDGET]: '<!DOCTYPE html><title>Chat</title><h1>Chat with us</h1><p>Widget from another site.</p>',
    });
  });
  afterAll(() => app?.close());

  const open = async (url: string) => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    return page;
  };

  it('one panel, in the record frame, with the right person; then the next record after in-app navigation', async () => {
    const page = await open(SHELL('778899'));
    await expect.poll(() => panelsByFrame(page)).toEqual([[RECORD('778899'), 'Oluwaseun Adebayo']]);
    // The shell moves to another record: URL first, header and frame a moment later.
    await page.evaluate(
      ([next]) => {
        (window as unknown as { __seen: string[] }).__seen.length = 0;
        history.pushState({}, '', '/content/record/Candidate/112233/overview');
        setTimeout(() => {
          document.querySelector('novo-header h1')!.textContent = 'Grace Okafor';
          document.querySelector('novo-header small')!.textContent = 'Finance Director';
          document.querySelector('iframe.record-frame')!.setAttribute('src', next!);
        }, 400);
      },
      [RECORD('112233')],
    );
    await expect.poll(() => panelsByFrame(page)).toEqual([[RECORD('112233'), 'Grace Okafor']]);
    // Stays that way (no late second panel in the shell), and no frame ever showed the previous person.
    await page.waitForTimeout(800);
    expect(await panelsByFrame(page)).toEqual([[RECORD('112233'), 'Grace Okafor']]);
    expect(await seenIn(page.mainFrame())).not.toContain('Oluwaseun Adebayo');
    expect(await seenIn(recordFrame(page, '112233')!)).toEqual(['Grace Okafor']);
    await page.close();
  });

  it('shell header never renders: the record frame shows the person, the shell asks nothing (even past the wait)', async () => {
    const page = await open(SHELL('445566'));
    await expect.poll(() => panelsByFrame(page)).toEqual([[RECORD('445566'), 'Tomasz Wiśniewski']]);
    await page.waitForTimeout(11_000); // past the shell's 10 s wait for a name
    expect(await panelsByFrame(page)).toEqual([[RECORD('445566'), 'Tomasz Wiśniewski']]);
    await page.close();
  });

  it('the third-party frame is untouched and nothing threw in any frame', async () => {
    const page = await open(SHELL('778899'));
    await expect.poll(() => panelsByFrame(page)).toEqual([[RECORD('778899'), 'Oluwaseun Adebayo']]);
    const widget = page.frames().find((f) => f.url() === WIDGET)!;
    expect(await widget.evaluate(() => document.querySelectorAll('recalibrate-panel').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
