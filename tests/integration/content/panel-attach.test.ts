import { afterEach, describe, expect, it } from 'vitest';
import { mountPanel } from '@/content/panel';
import type { CandidatePage } from '@/domain/candidate';

/**
 * The panel joins the page after the page's next frame, never inside the
 * task that builds it (usually the page's own end of parsing), and a panel
 * removed before then never appears.
 */
const hosts = () => document.querySelectorAll('recalibrate-panel');
const nextFrameAndTask = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))));
const actions = { onOpen: () => undefined, onCorrect: async () => undefined };
const page: CandidatePage = { site: 'linkedin', externalId: 'ada', profileUrl: 'https://www.linkedin.com/in/ada/', name: 'Ada Okafor', headline: 'Staff engineer' };

afterEach(() => hosts().forEach((h) => h.remove()));

describe('mountPanel', () => {
  it('is built at once but attached only after the next frame, with what it was told in between', async () => {
    const panel = mountPanel(actions);
    panel.update(page, null);
    expect(hosts()).toHaveLength(0);
    await nextFrameAndTask();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
    expect(hosts()[0]!.shadowRoot!.querySelector('[data-field="name"]')!.textContent).toBe('Ada Okafor');
  });

  it('never appears when removed before its frame', async () => {
    mountPanel(actions).remove();
    await nextFrameAndTask();
    expect(hosts()).toHaveLength(0);
  });

  it('replaces a panel an older copy of the script left behind, after <body> or in it', async () => {
    mountPanel(actions);
    await nextFrameAndTask();
    const older = document.createElement('recalibrate-panel');
    document.body.append(older);
    const unrelated = document.createElement('div');
    document.body.append(unrelated);
    mountPanel(actions).update(page, null);
    expect(hosts()).toHaveLength(0);
    expect(unrelated.isConnected).toBe(true);
    await nextFrameAndTask();
    expect(hosts()).toHaveLength(1);
    unrelated.remove();
  });
});
