// The debrief workflow, step by step, for `npm run screenshots`: works one
// debrief through every step in the side panel (as a recruiter would during
// the call), then captures each step in the side panel and in the popup.
// Output: artifacts/screens/{sidepanel,popup}-step-<step>-<theme>.png

export const STEPS = ['capture', 'diagnose', 'confirm', 'client-track', 'candidate-track', 'summary'];

const QUOTES = [
  ['She couldn’t give a concrete example of leading a design system.', 'Maya Chen', 'Leadership', 'Negative'],
  ['Her portfolio was the strongest we have seen this year.', 'Maya Chen', 'Craft', 'Positive'],
  ['Answers were long and rambling; we lost the thread.', 'Leo Park', 'Communication', 'Negative'],
];
const ANSWERS = {
  'rated-strong-found-weak': 'Yes',
  'skills-tested': 'No',
  'vague-answers': 'Yes',
  'late-or-rescheduled': 'No',
  'specific-examples': 'Yes',
  'off-form': 'Not sure',
};

/** Work a fresh debrief through every step, in a side panel page. */
export async function workDebrief(side) {
  await side.getByTestId('start-debrief').click();
  await side.getByTestId('fact-interviewers').fill('Maya Chen, Leo Park');
  for (const [quote, who, topic, tone] of QUOTES) {
    await side.getByTestId('quick-capture-who').fill(who);
    await side.getByTestId('quick-capture-topic').fill(topic);
    await side.getByTestId('quick-capture').getByLabel(tone).click();
    await side.getByTestId('quick-capture-quote').fill(quote);
    await side.getByTestId('quick-capture-quote').press('Enter');
  }
  await side.getByTestId('debrief-notes').fill('To be fair, she was nervous. I’m sure she actually knows design systems well; they misunderstood her.');
  await side.getByTestId('step-diagnose').click();
  for (const [id, answer] of Object.entries(ANSWERS)) {
    const group = side.getByTestId(`evidence-${id}`);
    if (!(await group.isVisible())) await group.locator('xpath=ancestor::details').locator('summary').click();
    await group.getByLabel(answer, { exact: true }).click();
  }
  await side.getByTestId('step-confirm').click();
  await side.getByTestId('confirm-assessment').locator('input').click();
  await side.getByTestId('confirm-brief').locator('input').click();
  await side.getByTestId('step-client-track').click();
  await side.getByTestId('client-answer-strong-answer').fill('Walk through one system she built, the trade-offs, and the adoption numbers.');
  await side.getByTestId('change-kind').selectOption('add-must-have');
  await side.getByTestId('change-detail').fill('Led a design system used by 3+ product teams');
  await side.getByTestId('change-add').click();
  await side.getByTestId('step-candidate-track').click();
  const rows = side.getByTestId('ratings').locator('tbody tr');
  await rows.nth(4).getByTestId('rating-before').selectOption('5');
  await rows.nth(4).getByTestId('rating-revealed').selectOption('2');
  await rows.nth(3).getByTestId('rating-before').selectOption('4');
  await rows.nth(3).getByTestId('rating-revealed').selectOption('3');
  await side.getByTestId('coaching-point').first().locator('input').click();
  await side.getByTestId('draft-message').click();
  await side.getByTestId('milestone-clientDebriefAt').click();
  await side.waitForTimeout(400);
}

export async function captureDebriefSteps({ context, extensionId, tabId, outDir, themes = ['light', 'dark'] }) {
  const open = async (path, viewport) => {
    const p = await context.newPage();
    await p.setViewportSize(viewport);
    await p.goto(`chrome-extension://${extensionId}/${path}`);
    // Whole-page pictures: let the popup grow past its 600 px window and pin the call bar in place.
    await p.addStyleTag({ content: '.popup{max-height:none!important} .callbar{position:static!important}' });
    return p;
  };
  const side = await open(`sidepanel.html?tabId=${tabId}`, { width: 420, height: 900 });
  await workDebrief(side);
  const popup = await open(`popup.html?tabId=${tabId}`, { width: 380, height: 600 });
  await popup.getByTestId('debrief-view').waitFor();
  for (const theme of themes) {
    for (const [name, page] of [['sidepanel', side], ['popup', popup]]) {
      await page.emulateMedia({ colorScheme: theme });
      for (const step of STEPS) {
        await page.getByTestId(`step-${step}`).click();
        await page.waitForTimeout(250);
        await page.screenshot({ path: `${outDir}/${name}-step-${step}-${theme}.png`, fullPage: true });
      }
    }
  }
  await side.close();
  await popup.close();
}
