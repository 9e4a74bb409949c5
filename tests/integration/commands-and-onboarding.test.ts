import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMANDS, handleCommand } from '@/messaging/commands';
import { registerOnboarding } from '@/messaging/onboarding';
import { setTabCandidate } from '@/storage/tab-state';

type Chromeish = { chrome?: { sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> } } };
const g = globalThis as Chromeish;
const tab = (id: number, windowId = 7) => ({ id, windowId }) as Parameters<typeof handleCommand>[1];

describe('keyboard commands', () => {
  let open: ReturnType<typeof vi.fn<(o: { windowId?: number; tabId?: number }) => Promise<void>>>;
  beforeEach(() => {
    open = vi.fn<(o: { windowId?: number; tabId?: number }) => Promise<void>>().mockResolvedValue(undefined);
    g.chrome = { sidePanel: { open } };
  });
  afterEach(() => delete g.chrome);

  it('open-side-panel opens the side panel in the tab’s window, synchronously (inside the gesture)', () => {
    void handleCommand(COMMANDS.openSidePanel, tab(3));
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('start-debrief opens the side panel and hands over the tab’s candidate', async () => {
    await setTabCandidate(3, { candidateKey: 'linkedin:jane-doe', site: 'linkedin', url: 'https://www.linkedin.com/in/jane-doe/', at: new Date().toISOString() });
    await handleCommand(COMMANDS.startDebrief, tab(3));
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    const intent = (await browser.storage.session.get('panel.intent'))['panel.intent'];
    expect(intent).toMatchObject({ candidateKey: 'linkedin:jane-doe', tabId: 3 });
  });

  it('start-debrief on a page without a candidate only opens the side panel', async () => {
    await handleCommand(COMMANDS.startDebrief, tab(4));
    expect(open).toHaveBeenCalledTimes(1);
    expect(await browser.storage.session.get('panel.intent')).toEqual({});
  });

  it('unknown commands do nothing', async () => {
    await handleCommand('something-else', tab(3));
    expect(open).not.toHaveBeenCalled();
  });

  it('Firefox: the sidebar opens instead', async () => {
    delete g.chrome;
    const sidebarOpen = vi.fn().mockResolvedValue(undefined);
    const ff = globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } };
    const previous = ff.browser;
    ff.browser = { sidebarAction: { open: sidebarOpen } };
    try {
      await handleCommand(COMMANDS.openSidePanel, tab(3));
      expect(sidebarOpen).toHaveBeenCalled();
    } finally {
      ff.browser = previous;
    }
  });
});

describe('onboarding', () => {
  it('opens the welcome page on install only', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    registerOnboarding();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });
  });
});
