import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, ownFixture, readHtml, servePages, waitForPanelName, type Launched } from './harness';
import { htmlPage, panelHistory, withRecorder } from './ats-pages';

/**
 * A Greenhouse candidate page whose header arrives late (the app fetches the
 * person first). The page itself measures, with performance.now(), the time
 * from inserting the name to the panel showing it. The name comes 2.5 s after
 * load, when the content script (injected at document_idle) is surely
 * waiting: what is measured is the wait's reaction, not script injection.
 */
const latePage = (name: string) =>
  htmlPage(
    'Greenhouse',
    `<nav class="top-nav"><a href="/people">Candidates</a></nav><main id="main"></main>
     <script>
       setTimeout(() => {
         const header = document.createElement('div');
         header.className = 'person-header';
         header.setAttribute('data-provides', 'person-header');
         const h1 = document.createElement('h1');
         h1.className = 'name';
         h1.textContent = ${JSON.stringify(name)};
         header.append(h1);
         document.getElementById('main').append(header);
         const inserted = performance.now();
         const poll = setInterval(() => {
           const shown = document.querySelector('recalibrate-panel')?.shadowRoot?.querySelector('[data-field="name"]')?.textContent;
           if (shown === ${JSON.stringify(name)}) { window.__latency = performance.now() - inserted; clearInterval(poll); }
         }, 2);
       }, 2500);
     </script>`,
  );

/** 50,000 elements around the candidate header (a long activity feed). */
const bigPage = () => {
  const rows = '<div class="feed-item"><span>Note</span><em>by someone</em></div>'.repeat(16_667);
  return htmlPage(
    'Greenhouse',
    `<main><div class="person-header" data-provides="person-header"><h1 class="name" data-provides="person-name">Ngozi Chukwu-Lindqvist</h1>
     <div class="title">Treasury Analyst</div></div><section class="activity-feed">${rows}</section></main>`,
  );
};

describe('panel timing and bad input in real Chromium', () => {
  let app: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await launch();
    await servePages(app.context, {
      'https://app.greenhouse.io/people/3001': latePage('Ines Carvalho'),
      'https://app.greenhouse.io/people/3002': latePage('Luca Bianchi'),
      'https://app.greenhouse.io/people/3003': latePage('Yuki Tanaka'),
      'https://app.greenhouse.io/people/4001': withRecorder(readHtml(ownFixture('greenhouse/candidate-several-h1.html'))),
      'https://app.greenhouse.io/people/5001': bigPage,
    });
  });
  afterAll(() => app?.close());

  const open = async (url: string): Promise<Page> => {
    const page = await app.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.goto(url);
    return page;
  };

  it('draws the panel soon after a late name appears in the DOM', async () => {
    const latencies: number[] = [];
    for (const [id, name] of [['3001', 'Ines Carvalho'], ['3002', 'Luca Bianchi'], ['3003', 'Yuki Tanaka']] as const) {
      const page = await open(`https://app.greenhouse.io/people/${id}`);
      await waitForPanelName(page, name);
      await page.waitForFunction(() => (window as unknown as { __latency?: number }).__latency !== undefined);
      latencies.push(await page.evaluate(() => (window as unknown as { __latency: number }).__latency));
      await page.close();
    }
    console.info(`[measured] panel shown after the name entered the DOM: ${latencies.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
    // The target is 300 ms; this machine is shared and busy, so the test only guards against a broken wait.
    for (const ms of latencies) expect(ms).toBeLessThan(1000);
  });

  it('several h1s and a name with a title, accents, an apostrophe and an emoji', async () => {
    const page = await open('https://app.greenhouse.io/people/4001');
    await waitForPanelName(page, "Dr. Zoë O'Brien-Łukasz 🚀");
    expect((await panelHistory(page)).seen).toEqual(["Dr. Zoë O'Brien-Łukasz 🚀"]);
    await page.close();
  });

  it('a 50,000-node page', async () => {
    const page = await open('https://app.greenhouse.io/people/5001');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    await waitForPanelName(page, 'Ngozi Chukwu-Lindqvist');
    await page.close();
  });

  it('no page threw', () => {
    expect(errors).toEqual([]);
  });
});
