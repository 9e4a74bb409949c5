// Briefs and plans for `npm run screenshots`: seeds a brief with history and
// a plan, then captures the list, the editor (wide and narrow), versions,
// plan, client summary, print page, an empty brief, a two-tab conflict and
// the popup's Brief & plan card.
// Output: artifacts/screens/brief-<view>-<theme>.png
import { briefScreenRecords, seedDatabase } from './brief-seed.mjs';

const WIDE = { width: 1280, height: 900 };

export async function captureBriefViews({ context, extensionId, tabId, outDir, themes = ['light', 'dark'] }) {
  const url = (path) => `chrome-extension://${extensionId}/${path}`;
  const seeder = await context.newPage();
  await seeder.goto(url('briefs.html'));
  await seeder.getByTestId('brief-list').waitFor();
  await seedDatabase(seeder, briefScreenRecords());
  await seeder.close();

  const views = [
    ['list', 'briefs.html', WIDE],
    ['edit', 'briefs.html?brief=screens-acme#edit', WIDE],
    ['edit-narrow', 'briefs.html?brief=screens-acme#edit', { width: 720, height: 900 }],
    ['versions', 'briefs.html?brief=screens-acme#versions', WIDE],
    ['plan', 'briefs.html?brief=screens-acme#plan', WIDE],
    ['summary', 'briefs.html?brief=screens-acme#summary', WIDE],
    ['empty', 'briefs.html?brief=screens-empty#edit', WIDE],
    ['print', 'print.html?plan=screens-plan', { width: 900, height: 900 }],
  ];
  for (const theme of themes) {
    for (const [name, path, viewport] of views) {
      const p = await context.newPage();
      await p.setViewportSize(viewport);
      await p.emulateMedia({ colorScheme: theme });
      await p.goto(url(path));
      await p.waitForTimeout(700);
      await p.screenshot({ path: `${outDir}/brief-${name}-${theme}.png`, fullPage: true });
      await p.close();
    }
    await captureConflict(context, url, outDir, theme);
    await capturePopupCard(context, url, tabId, outDir, theme);
  }
}

/** Two tabs change the same field; the second save asks which value to keep. */
async function captureConflict(context, url, outDir, theme) {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    await p.setViewportSize(WIDE);
    await p.emulateMedia({ colorScheme: theme });
    await p.goto(url('briefs.html?brief=screens-globex#edit'));
    await p.getByTestId('field-reportingLine').waitFor();
  }
  await a.getByTestId('field-reportingLine').fill(theme === 'dark' ? 'Director of Design' : 'Head of Design');
  await b.getByTestId('field-reportingLine').fill('VP Product');
  await a.getByTestId('revision-reason').fill('Client call');
  await a.getByTestId('save-version').click();
  await b.getByTestId('stale-banner').waitFor();
  await b.getByTestId('revision-reason').fill('Hiring manager said so');
  await b.getByTestId('save-version').click();
  await b.getByTestId('conflict-panel').waitFor();
  await b.getByTestId('conflict-panel').scrollIntoViewIfNeeded();
  await b.screenshot({ path: `${outDir}/brief-conflict-${theme}.png` });
  await b.getByTestId('discard-mine').click();
  await a.close();
  await b.close();
}

async function capturePopupCard(context, url, tabId, outDir, theme) {
  const p = await context.newPage();
  await p.setViewportSize({ width: 380, height: 600 });
  await p.emulateMedia({ colorScheme: theme });
  await p.goto(url(`popup.html?tabId=${tabId}`));
  await p.addStyleTag({ content: '.popup{max-height:none!important}' });
  // The popup resumes an open debrief when there is one: wait for either view, then go back to the candidate.
  const back = p.getByTestId('back-to-candidate');
  await back.or(p.getByTestId('brief-plan-card')).first().waitFor();
  if (await back.isVisible()) await back.click();
  await p.getByTestId('brief-plan-card').waitFor();
  await p.waitForTimeout(500);
  await p.screenshot({ path: `${outDir}/brief-popup-card-${theme}.png`, fullPage: true });
  await p.close();
}
